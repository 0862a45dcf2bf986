// Tests of src/rule_scan.cc: the ids of rule-found names (type prefix and slug of the folded name).
#include <doctest/doctest.h>

#include <string>

#include "normalize.h"
#include "rule_scan.h"

namespace gazette {
namespace {

TEST_CASE("rule scan: a rule-found name's id is the type prefix and the slug of its folded form") {
  CHECK(RuleEntityId("GROUP", "Velvet Comet") == "group:velvet-comet");
  CHECK(RuleEntityId("ORGANIZATION", "Harlow and Finch Ltd.") == "org:harlow-and-finch-ltd");
  CHECK(RuleEntityId("PERSON", "Jussi Halla-aho") == "person:jussi-halla-aho");
  CHECK(RuleEntityId("AGENCY", "  (CERT-FR)  ") == "agency:cert-fr");
  CHECK(RuleEntityId("GROUP", "---") == "group:");
  CHECK(RuleEntityId("AGENCY", "Agence nationale de la sécurité") == "agency:agence-nationale-de-la-securite");
  CHECK(RuleEntityId("PERSON", "Stéphane `Dupont`") == "person:stephane-dupont");
}

TEST_CASE("rule scan: the id is the same with and without the ASCII shortcut") {
  for (const char* name : {"APT 31", "Tom van der Lee", "Sichuan_Silence\tGroup", "l'Oise", "U.S. Cyber Command",
                           "Ministère des Affaires étrangères", "Straße", "Zürich Ltd", "東京 Team"}) {
    CAPTURE(name);
    CHECK(RuleEntityId("ORGANIZATION", name) == TypePrefix("ORGANIZATION") + ":" + Slug(FoldString(name)));
  }
}

}  // namespace
}  // namespace gazette
