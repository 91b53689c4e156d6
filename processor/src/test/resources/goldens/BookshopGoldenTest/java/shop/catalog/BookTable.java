package shop.catalog;

import javax.annotation.processing.Generated;

/**
 * Names of the table and columns of {@link Book}, as ModelDoc generated them.
 */
@Generated("io.modeldoc.processor.ModelDocProcessor")
public final class BookTable {
  /**
   * The table.
   */
  public static final String TABLE = "book";

  /**
   * The column {@code id}.
   */
  public static final String ID = "id";

  /**
   * The column {@code isbn}.
   */
  public static final String ISBN = "isbn";

  /**
   * The column {@code title}.
   */
  public static final String TITLE = "title";

  /**
   * The column {@code price}.
   */
  public static final String PRICE = "price";

  /**
   * The column {@code published_on}.
   */
  public static final String PUBLISHED_ON = "published_on";

  /**
   * The column {@code format}.
   */
  public static final String FORMAT = "format";

  /**
   * The column {@code pages}.
   */
  public static final String PAGES = "pages";

  /**
   * The column {@code blurb}.
   */
  public static final String BLURB = "blurb";

  /**
   * The column {@code publisher_id}.
   */
  public static final String PUBLISHER_ID = "publisher_id";

  private BookTable() {
  }
}
