package io.modeldoc.example.orders;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The orders as the shop reads them, through Spring Data. ModelDoc reads each method as the query it declares and says
 * which index serves it; {@link #findByPlacedAtBetween} is served by none.
 */
public interface PurchaseOrderRepository extends Repository<PurchaseOrder, Long> {

    /** Order history page: the 20 latest orders of one customer. */
    List<PurchaseOrder> findTop20ByCustomerOrderByPlacedAtDesc(Customer customer);

    /** The orders of the customer with this e-mail address, newest first. */
    @Query("select o from PurchaseOrder o join o.customer c where c.email = :email order by o.placedAt desc")
    List<PurchaseOrder> historyOfEmail(String email);

    /** Finance's monthly report: every order placed in a period. No index leads with placed_at. */
    List<PurchaseOrder> findByPlacedAtBetween(Instant from, Instant to);
}
