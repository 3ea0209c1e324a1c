package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scope each request needs. */
class TokenGateTest {

  @Test
  void readsNeedReadIngestionNeedsIngestAndTheRestNeedsAdmin() {
    assertEquals(Scope.READ, TokenGate.scopeNeeded("GET", "/api/v1/models/churn/windows"));
    assertEquals(Scope.READ, TokenGate.scopeNeeded("HEAD", "/api/v1/models"));
    for (String query : new String[] {"drift", "performance", "alerts", "reference"}) {
      assertEquals(Scope.READ, TokenGate.scopeNeeded("GET", "/api/v1/models/churn/" + query));
    }
    assertEquals(Scope.INGEST, TokenGate.scopeNeeded("POST", "/api/v1/models/churn/predictions"));
    assertEquals(Scope.INGEST, TokenGate.scopeNeeded("POST", "/api/v1/models/churn/feedback"));
    assertEquals(Scope.INGEST, TokenGate.scopeNeeded("POST", "/api/v1/kserve/events"));
    assertEquals(Scope.INGEST, TokenGate.scopeNeeded("POST", "/api/v1/kserve/events/"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("POST", "/api/v1/models"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("POST", "/api/v1/models/"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("PUT", "/api/v1/models/churn/reference"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("PUT", "/api/v1/models/churn/predictions"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("DELETE", "/api/v1/models/churn"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("POST", "/api/v1/models/a/b/predictions"));
    // Alerting: reading alerts and rules is a query; acknowledging and changing rules are admin's.
    assertEquals(Scope.READ, TokenGate.scopeNeeded("GET", "/api/v1/models/churn/alert-rules"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("POST", "/api/v1/models/churn/alerts/a/ack"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("POST", "/api/v1/models/churn/alert-rules"));
    assertEquals(Scope.ADMIN, TokenGate.scopeNeeded("PUT", "/api/v1/models/churn/alert-rules/a"));
    assertEquals(
        Scope.ADMIN, TokenGate.scopeNeeded("DELETE", "/api/v1/models/churn/alert-rules/a"));
  }
}
