package io.modeldoc.example.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The orders as the shop reads them, through Spring Data. ModelDoc reads each method as the query it declares and says
 * which index serves it; {@link #findByPlacedAtBetween} is served by none.
 */
public interface PurchaseOrderRepository extends Repository<PurchaseOrder, Long> {

    /** Order history page: the 20 latest orders of one customer. */
    List<PurchaseOrder> findTop20ByCustomerOrderByPlacedAtDesc(Customer customer);

    /** Customer service looks an order up by the reference on the customer's e-mail. */
    Optional<PurchaseOrder> findByPublicReference(UUID publicReference);

    /** Warehouse queue: how many orders wait in a status. */
    long countByStatus(OrderStatus status);

    /** The orders of the customer with this e-mail address, newest first. */
    @Query("select o from PurchaseOrder o join o.customer c where c.email = :email order by o.placedAt desc")
    List<PurchaseOrder> historyOfEmail(String email);

    /** Finance's monthly report: every order placed in a period. No index leads with placed_at. */
    List<PurchaseOrder> findByPlacedAtBetween(Instant from, Instant to);
}
