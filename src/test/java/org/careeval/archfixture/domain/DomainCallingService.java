package org.careeval.archfixture.domain;

import javafx.scene.control.Label;
import org.careeval.archfixture.service.ServiceUsingJooq;

/** Breaks the rules on purpose: domain → service, and JavaFX in the domain. */
public class DomainCallingService {
  public Object call(ServiceUsingJooq service) {
    return service.toString() + new Label("x").getText();
  }
}
