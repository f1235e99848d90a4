package vn.egov.catalogue.archfixture;

import org.apache.kafka.clients.producer.ProducerRecord;
import vn.egov.catalogue.archfixture.messaging.ShopListener;
import vn.egov.catalogue.archfixture.web.ShopController;
import vn.egov.dossier.archfixture.Dossier;

/** A domain class breaking every dependency rule at once. */
public class Shop {

    ShopController controller;
    ShopListener listener;
    ProducerRecord<String, String> record;
    Dossier otherService;
}
