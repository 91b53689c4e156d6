package io.modeldoc.processor.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocCommentsTest {

    @Test
    void keepsTheMainDescriptionOnOneLine() {
        assertThat(DocComments.clean(" One checkout by one customer;\n the unit the warehouse ships.\n\n @author Ada\n @see Order\n"))
                .isEqualTo("One checkout by one customer; the unit the warehouse ships.");
    }

    @Test
    void reducesInlineTagsToTheirTextWithCodeAsACodeSpan() {
        assertThat(DocComments.clean(" Sum of {@code quantity × price}, see {@link OrderLine#price the line price} and {@link Money}."))
                .isEqualTo("Sum of `quantity × price`, see the line price and Money.");
    }

    @Test
    void dropsHtmlTagsAndDecodesEntities() {
        assertThat(DocComments.clean("<p>First &amp; <b>only</b> &lt;one&gt;</p>"))
                .isEqualTo("First & only <one>");
    }

    @Test
    void blankJavadocIsEmpty() {
        assertThat(DocComments.clean("\n   \n @param x y")).isEmpty();
    }
}
