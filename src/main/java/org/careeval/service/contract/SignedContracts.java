package org.careeval.service.contract;

import org.careeval.domain.CareEvalException;
import org.careeval.domain.contract.Contract;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Transaction;

/** Delivery and acceptance are about signed contracts only: one lookup, one refusal. */
final class SignedContracts {

  private SignedContracts() {}

  static Contract find(ContractRepository contracts, Transaction tx, long id) {
    Contract c =
        contracts
            .get(tx, id)
            .orElseThrow(() -> new CareEvalException("error.contract.notFound", Long.toString(id)));
    if (c.status() != Contract.Status.SIGNED) {
      throw new CareEvalException("error.delivery.notSigned", c.project());
    }
    return c;
  }
}
