package io.modeldoc.example.orders;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Queues every placed or changed order for the next warehouse export. The export reads the queue
 * and is idempotent, so an order queued twice is shipped once.
 */
public class WarehouseExportListener {

    private static final Set<Long> QUEUED = ConcurrentHashMap.newKeySet();

    @PostPersist
    void placed(PurchaseOrder order) {
        QUEUED.add(order.getId());
    }

    @PostUpdate
    void changed(PurchaseOrder order) {
        QUEUED.add(order.getId());
    }

    /** The orders waiting for the export; the export empties it. */
    static Set<Long> queued() {
        return QUEUED;
    }
}
