// Tests of src/relation_rules.cc with the project's relation rules (gazetteers/relations): each of the
// nine relation types in English and French, active, passive, apposition or pre-modifier, coordinated
// lists and negation, checking type, head and tail, rule id, trigger and sentence spans.
//
// The entities come from the invented fixture world (tests/data/gazetteers/world.tsv). Forms the
// current rules do not support are tests too, marked doctest::may_fail() and commented "GAP";
// wrong output is a plain (failing) test commented "BUG".
#include <doctest/doctest.h>

#include <string>

#include "test_util.h"
#include "utf8.h"

namespace gazette {
namespace {

using gazette_test::Describe;
using gazette_test::FindRelation;
using gazette_test::FixtureExtractor;
using gazette_test::Slice;

struct Want {
  std::string type, head, tail, rule, trigger;
};

// Code-point span of a byte span (the Document says chars index code points of the same text).
Span CharsOf(const std::string& text, const Span& bytes) {
  DecodedText d = DecodeUtf8(text);
  Span out;
  for (std::size_t i = 0; i <= d.cps.size(); ++i) {
    if (d.byte_of[i] == bytes.begin) out.begin = i;
    if (d.byte_of[i] == bytes.end) out.end = i;
  }
  return out;
}

// Extracts `text` and checks that the relation is there with its evidence.
void ExpectRelation(const std::string& text, const Want& w) {
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, w.type, w.head, w.tail);
  REQUIRE(r != nullptr);
  CHECK(r->rule == w.rule);
  CHECK(Slice(doc.text, r->trigger_bytes) == w.trigger);
  CHECK(r->trigger_chars == CharsOf(doc.text, r->trigger_bytes));
  CHECK(r->sentence_chars == CharsOf(doc.text, r->sentence_bytes));
  // The sentence holds the trigger and both arguments, and is one of the document's sentences.
  const Entity& h = doc.entities[r->head];
  const Entity& t = doc.entities[r->tail];
  for (const Span& s : {r->trigger_bytes, h.bytes, t.bytes}) {
    CHECK(r->sentence_bytes.begin <= s.begin);
    CHECK(s.end <= r->sentence_bytes.end);
  }
  bool is_sentence = false;
  for (const Sentence& s : doc.sentences) is_sentence |= s.bytes == r->sentence_bytes;
  CHECK(is_sentence);
  CHECK(r->confidence > 0.0);
  CHECK(r->confidence <= 1.0);
}

// As ExpectRelation, for a relation whose argument is named in an earlier sentence (a pronoun's, an
// anaphor's or a possessive's antecedent, the group a text is about): the rule and trigger are checked,
// not that the sentence holds both arguments.
void ExpectRelationAcrossSentences(const std::string& text, const Want& w) {
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, w.type, w.head, w.tail);
  REQUIRE(r != nullptr);
  CHECK(r->rule == w.rule);
  CHECK(Slice(doc.text, r->trigger_bytes) == w.trigger);
}

// No relation of `type` from `head` to `tail` (other relations may stand).
void ExpectNoRelation(const std::string& text, const std::string& type, const std::string& head,
                      const std::string& tail) {
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  CHECK(FindRelation(doc, type, head, tail) == nullptr);
}

void ExpectNone(const std::string& text, const std::string& type) {
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  for (const Relation& r : doc.relations) CHECK(r.type != type);
}

// The positive sentence yields a relation of `type`, the negated one none: the negation, not a
// missing trigger, is what removes it.
void ExpectNegated(const std::string& positive, const std::string& negated, const std::string& type) {
  Document pos = FixtureExtractor().Extract(positive);
  bool found = false;
  for (const Relation& r : pos.relations) found |= r.type == type;
  INFO(Describe(pos));
  CHECK(found);
  ExpectNone(negated, type);
}

// The relation is there and not its reverse.
void ExpectOnlyDirection(const std::string& text, const Want& w) {
  ExpectRelation(text, w);
  ExpectNoRelation(text, w.type, w.tail, w.head);
}

TEST_CASE("relations: attributed-to") {
  SUBCASE("en active") {
    ExpectRelation("APT31 is linked to China.", {"attributed-to", "APT31", "China", "attributed.active.en", "linked to"});
  }
  SUBCASE("en apposition") {
    ExpectRelation("The group APT31, backed by China, targeted France.",
                   {"attributed-to", "APT31", "China", "attributed.active.en", "backed by"});
    ExpectRelation("APT28, a Russian hacking group, struck again.",
                   {"attributed-to", "APT28", "Russian", "attributed.copula.en", "hacking group"});
  }
  SUBCASE("en pre-modifier") {
    ExpectRelation("Chinese state-sponsored group APT31 struck.",
                   {"attributed-to", "APT31", "Chinese", "attributed.passive.en", "state-sponsored"});
  }
  SUBCASE("fr active") {
    ExpectRelation("Le groupe APT31 est li\xC3\xA9 \xC3\xA0 la Chine.",
                   {"attributed-to", "APT31", "Chine", "attributed.fr", "li\xC3\xA9 \xC3\xA0"});
  }
  SUBCASE("fr apposition") {
    ExpectRelation("Le groupe APT28, soutenu par la Russie, a vis\xC3\xA9 la France.",
                   {"attributed-to", "APT28", "Russie", "attributed.fr", "soutenu par"});
  }
  SUBCASE("fr demonym after the group noun") {
    ExpectRelation("Selon l'ANSSI, le groupe de pirates russe APT28 a vis\xC3\xA9 la France.",
                   {"attributed-to", "APT28", "russe", "attributed.fr.demonym", "groupe de pirates"});
  }
  SUBCASE("en negated") {
    ExpectNegated("APT28 is linked to Russia.", "APT28 is not linked to Russia.", "attributed-to");
    ExpectNegated("APT28 was tied to Russia.", "APT28 was never tied to Russia.", "attributed-to");
  }
  SUBCASE("fr negated") {
    ExpectNegated("APT31 est li\xC3\xA9 \xC3\xA0 la Chine.", "APT31 n'est pas li\xC3\xA9 \xC3\xA0 la Chine.", "attributed-to");
  }
}

TEST_CASE("relations: a possessor and what it owns are both arguments (\"Britain's NCSC\")") {
  ExpectRelation("APT31 is linked to Britain's NCSC.", {"attributed-to", "APT31", "Britain", "attributed.active.en", "linked to"});
  ExpectRelation("APT31 is linked to Britain's NCSC.",
                 {"attributed-to", "APT31", "NCSC", "attributed.active.en", "linked to"});
  // Negative: a possessive with nothing known after it adds nothing.
  Document doc = FixtureExtractor().Extract("APT31 is linked to Britain's hackers.");
  INFO(Describe(doc));
  CHECK(doc.relations.size() == 1);
}

TEST_CASE("relations: the head before the trigger is not taken from a relative clause") {
  SUBCASE("en") {
    ExpectOnlyDirection("APT31, which the FBI tracks, targeted France.",
                        {"targeted", "APT31", "France", "targeted.active", "targeted"});
    Document doc = FixtureExtractor().Extract("APT31, which the FBI tracks, targeted France.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "targeted", "FBI", "France") == nullptr);
  }
  SUBCASE("fr") {
    Document doc = FixtureExtractor().Extract("APT28, qui inqui\xC3\xA8te le FBI, a vis\xC3\xA9 la France.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "targeted", "APT28", "France") != nullptr);
    CHECK(FindRelation(doc, "targeted", "FBI", "France") == nullptr);
  }
  SUBCASE("negative: a list before the trigger is not a relative clause") {
    Document doc = FixtureExtractor().Extract("The FBI, the NCSC and ANSSI warned France.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "notified", "NCSC", "France") != nullptr);
  }
}

TEST_CASE("relations: the argument before the trigger is not taken from an apposition") {
  SUBCASE("en") {
    Document doc = FixtureExtractor().Extract("Marc Olivier, a prominent member of IPAC, accused China.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "accused", "Marc Olivier", "China") != nullptr);
    CHECK(FindRelation(doc, "accused", "IPAC", "China") == nullptr);
  }
  SUBCASE("fr, with auxiliaries before a passive trigger") {
    Document doc = FixtureExtractor().Extract(
        "Marc Olivier, membre de l'IPAC, a \xC3\xA9t\xC3\xA9 la cible du groupe APT31.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "targeted", "APT31", "Marc Olivier") != nullptr);
    CHECK(FindRelation(doc, "targeted", "APT31", "IPAC") == nullptr);
  }
  SUBCASE("negative: a name between commas is no apposition to skip") {
    Document doc = FixtureExtractor().Extract("Le ministre de la Chine, M. Marc Olivier, accuse la Russie.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "accused", "Marc Olivier", "Russie") != nullptr);
    CHECK(FindRelation(doc, "accused", "Chine", "Russie") == nullptr);
  }
}

TEST_CASE("relations: attributed-to, a country's possessive before the group") {
  ExpectRelation("North Korea's Lazarus Group stole funds.",
                 {"attributed-to", "Lazarus Group", "North Korea", "attributed.possessive.en", "'s"});
  // Negative: the possessive must stand right before the group.
  ExpectNone("China's warning about APT31 came late.", "attributed-to");
}

TEST_CASE("relations: attributed-to, an active verb in a relative clause (\"which Germany attributes to\")") {
  ExpectRelation("APT28, which Germany attributes to Russia, struck again.",
                 {"attributed-to", "APT28", "Russia", "attributed.active.en", "attributes to"});
  ExpectRelation("APT28, que l'Allemagne relie \xC3\xA0 la Russie, a frapp\xC3\xA9.",
                 {"attributed-to", "APT28", "Russie", "attributed.fr.active-verb", "relie \xC3\xA0"});
  // Negative: with no group before the verb there is nothing to attribute.
  ExpectNone("Germany attributes to Russia a campaign against France.", "attributed-to");
}

TEST_CASE("relations: a clause after a speech verb keeps its arguments apart") {
  // "The NCSC said a hacking group known as APT28": the agency is the speaker, not the sponsor.
  ExpectNone("The NCSC said a hacking group known as APT28 was active.", "attributed-to");
  // "told X that he had been targeted by": X is not the one targeted.
  ExpectNoRelation("Marc Olivier told the NCSC that he had been targeted by APT31.", "targeted", "APT31", "NCSC");
  ExpectRelation("The NCSC was targeted by APT31.",
                 {"targeted", "APT31", "NCSC", "targeted.passive", "targeted"});
  // "X summoned the Chinese ambassador": a verb between the person and the demonym is no apposition.
  ExpectNone("Marc Olivier summoned the Chinese ambassador.", "based-in");
}

TEST_CASE("relations: leads, a co-chair") {
  ExpectRelation("Marc Olivier, a co-chair of IPAC, spoke.",
                 {"leads", "Marc Olivier", "IPAC", "leads.title-of", "co-chair of"});
  ExpectNone("Marc Olivier, a former co-chair of IPAC, spoke.", "leads");
}

TEST_CASE("relations: attributed-to, \"attributed X to Y\"") {
  // attributed.nominal.en is "trigger head tail" with requires_between ["to"]: with both arguments after
  // the trigger, "to" is looked for between the head's list and the tail ("attributed APT28 to Russia").
  ExpectRelation("The UK attributed APT28 to Russia.",
                 {"attributed-to", "APT28", "Russia", "attributed.nominal.en", "attributed"});
}

TEST_CASE("relations: attributed-to, \"the Russian APT28 group\"") {
  // A demonym right before the group's name, with a group noun after it (rule order "tail head trigger").
  ExpectRelation("The Russian APT28 group struck again.",
                 {"attributed-to", "APT28", "Russian", "attributed.premodifier.en", "group"});
}

TEST_CASE("relations: a denial before a subordinate clause negates it") {
  // Negations count up to 8 tokens before the trigger: "denied that X is linked to Y".
  ExpectNone("Russia denied that APT28 is linked to Russia.", "attributed-to");
  ExpectNone("Le gouvernement a d\xC3\xA9menti que APT31 soit li\xC3\xA9 \xC3\xA0 la Chine.", "attributed-to");
}

TEST_CASE("relations: notified") {
  SUBCASE("en active") {
    ExpectRelation("The NCSC warned Helix Bank about the flaw.",
                   {"notified", "NCSC", "Helix Bank", "notified.active", "warned"});
  }
  SUBCASE("en passive") {
    ExpectRelation("Helix Bank was warned by the NCSC.", {"notified", "NCSC", "Helix Bank", "notified.passive", "warned"});
  }
  SUBCASE("fr active") {
    ExpectRelation("L'ANSSI a averti la Belgique.", {"notified", "ANSSI", "Belgique", "notified.active", "a averti"});
  }
  SUBCASE("fr passive") {
    ExpectRelation("La Belgique a \xC3\xA9t\xC3\xA9 avertie par l'ANSSI.",
                   {"notified", "ANSSI", "Belgique", "notified.passive", "avertie"});
  }
  SUBCASE("list of notified parties") {
    ExpectRelation("The FBI notified Helix Bank and NATO.", {"notified", "FBI", "Helix Bank", "notified.active", "notified"});
    ExpectRelation("The FBI notified Helix Bank and NATO.", {"notified", "FBI", "NATO", "notified.active", "notified"});
  }
  SUBCASE("negated") {
    ExpectNegated("The NCSC warned Helix Bank.", "The NCSC did not warn Helix Bank.", "notified");
    ExpectNegated("L'ANSSI a averti la Belgique.", "L'ANSSI n'a pas averti la Belgique.", "notified");
  }
}

TEST_CASE("relations: notified, the passive is not also read as an active in reverse") {
  // BUG: in "Helix Bank was warned by the NCSC", notified.active also fires with Helix Bank as the
  // head and the NCSC as the tail (the bank did not warn the agency).
  ExpectOnlyDirection("Helix Bank was warned by the NCSC.",
                      {"notified", "NCSC", "Helix Bank", "notified.passive", "warned"});
}

TEST_CASE("relations: targeted") {
  SUBCASE("en active, with a list of targets") {
    ExpectRelation("APT31 targeted Helix Bank and the FBI.", {"targeted", "APT31", "Helix Bank", "targeted.active", "targeted"});
    ExpectRelation("APT31 targeted Helix Bank and the FBI.", {"targeted", "APT31", "FBI", "targeted.active", "targeted"});
  }
  SUBCASE("en passive") {
    ExpectOnlyDirection("Helix Bank was targeted by APT31.", {"targeted", "APT31", "Helix Bank", "targeted.passive", "targeted"});
  }
  SUBCASE("en victims of") {
    ExpectRelation("Helix Bank was among the victims of APT31.",
                   {"targeted", "APT31", "Helix Bank", "targeted.passive.noun", "victims"});
  }
  SUBCASE("fr active") {
    ExpectRelation("APT31 a cibl\xC3\xA9 la Belgique.", {"targeted", "APT31", "Belgique", "targeted.active", "a cibl\xC3\xA9"});
  }
  SUBCASE("fr passive") {
    ExpectRelation("La Belgique a \xC3\xA9t\xC3\xA9 vis\xC3\xA9" "e par APT31.",
                   {"targeted", "APT31", "Belgique", "targeted.passive", "vis\xC3\xA9" "e"});
  }
  SUBCASE("negated") {
    ExpectNegated("APT31 targets Helix Bank.", "APT31 did not target Helix Bank.", "targeted");
    ExpectNegated("APT31 a cibl\xC3\xA9 la Belgique.", "APT31 n'a pas cibl\xC3\xA9 la Belgique.", "targeted");
  }
}

TEST_CASE("relations: targeted, \"a hacking group\" is a noun phrase, not an attack") {
  // BUG: the targeted.active trigger "hacking" fires inside "a hacking group linked to Iran", so
  // the group is said to have targeted the country it is linked to.
  ExpectNone("Silver Lantern, a hacking group linked to Iran, struck again.", "targeted");
  ExpectRelation("Silver Lantern, a hacking group linked to Iran, struck again.",
                 {"attributed-to", "Silver Lantern", "Iran", "attributed.active.en", "linked to"});
}

TEST_CASE("relations: member-of") {
  SUBCASE("en active") {
    ExpectRelation("Marc Olivier is a member of the IPAC.", {"member-of", "Marc Olivier", "IPAC", "member.active", "a member of"});
  }
  SUBCASE("en apposition") {
    ExpectRelation("Marc Olivier, a member of NATO, spoke.", {"member-of", "Marc Olivier", "NATO", "member.active", "a member of"});
  }
  SUBCASE("en fronted list: members of X, including Y") {
    ExpectRelation("Members of IPAC, including Marc Olivier, were targeted.",
                   {"member-of", "Marc Olivier", "IPAC", "member.including", "Members of"});
  }
  SUBCASE("fr active") {
    ExpectRelation("Marc Olivier est membre de l'OTAN.", {"member-of", "Marc Olivier", "OTAN", "member.active", "membre de"});
  }
  SUBCASE("list line") {
    ExpectRelation("Signatories:\nMarc Olivier (IPAC)\n", {"member-of", "Marc Olivier", "IPAC", "member.list-line", "("});
  }
  SUBCASE("negated") {
    ExpectNegated("Marc Olivier is a member of NATO.", "Marc Olivier is not a member of NATO.", "member-of");
    ExpectNegated("Marc Olivier est membre de l'OTAN.", "Marc Olivier n'est pas membre de l'OTAN.", "member-of");
  }
}

TEST_CASE("relations: leads") {
  SUBCASE("en apposition") {
    ExpectRelation("Marc Olivier, director of the NCSC, spoke.", {"leads", "Marc Olivier", "NCSC", "leads.title-of", "director of"});
  }
  SUBCASE("en pre-modifier") {
    ExpectRelation("NCSC director Marc Olivier spoke.", {"leads", "Marc Olivier", "NCSC", "leads.premodifier", "director"});
  }
  SUBCASE("en verb") {
    ExpectRelation("Marc Olivier heads the NCSC.", {"leads", "Marc Olivier", "NCSC", "leads.title-of", "heads"});
  }
  SUBCASE("fr apposition") {
    ExpectRelation("Marc Olivier, directeur de l'ANSSI, a parl\xC3\xA9.",
                   {"leads", "Marc Olivier", "ANSSI", "leads.title-of", "directeur de"});
  }
  SUBCASE("fr fronted title") {
    ExpectRelation("Le directeur de l'ANSSI, Marc Olivier, a parl\xC3\xA9.",
                   {"leads", "Marc Olivier", "ANSSI", "leads.fronted", "directeur de"});
  }
  SUBCASE("negated") {
    ExpectNegated("Marc Olivier heads the NCSC.", "Marc Olivier no longer heads the NCSC.", "leads");
    ExpectNegated("Marc Olivier dirige l'ANSSI.", "Marc Olivier ne dirige pas l'ANSSI.", "leads");
  }
}

TEST_CASE("relations: sanctioned") {
  SUBCASE("en active with a list of heads: the UK and the US sanctioned X") {
    ExpectRelation("The UK and the US sanctioned APT31.", {"sanctioned", "UK", "APT31", "sanctioned.active", "sanctioned"});
    ExpectRelation("The UK and the US sanctioned APT31.", {"sanctioned", "US", "APT31", "sanctioned.active", "sanctioned"});
  }
  SUBCASE("en active with a list of tails") {
    ExpectRelation("The US imposed sanctions on APT28 and Lazarus Group.",
                   {"sanctioned", "US", "APT28", "sanctioned.active", "imposed sanctions on"});
    ExpectRelation("The US imposed sanctions on APT28 and Lazarus Group.",
                   {"sanctioned", "US", "Lazarus Group", "sanctioned.active", "imposed sanctions on"});
  }
  SUBCASE("en agency head") {
    ExpectRelation("The US Treasury sanctioned Marc Olivier.",
                   {"sanctioned", "US Treasury", "Marc Olivier", "sanctioned.active", "sanctioned"});
  }
  SUBCASE("en passive") {
    ExpectOnlyDirection("APT31 was sanctioned by the United Kingdom.",
                        {"sanctioned", "United Kingdom", "APT31", "sanctioned.passive", "sanctioned"});
  }
  SUBCASE("fr active") {
    ExpectRelation("La France a sanctionn\xC3\xA9 APT28.", {"sanctioned", "France", "APT28", "sanctioned.active", "a sanctionn\xC3\xA9"});
  }
  SUBCASE("fr passive") {
    ExpectRelation("APT28 a \xC3\xA9t\xC3\xA9 sanctionn\xC3\xA9 par la Belgique.",
                   {"sanctioned", "Belgique", "APT28", "sanctioned.passive", "sanctionn\xC3\xA9"});
  }
  SUBCASE("negated") {
    ExpectNegated("The UK has sanctioned APT31.", "The UK has not sanctioned APT31.", "sanctioned");
    ExpectNegated("La France a sanctionn\xC3\xA9 APT28.", "La France n'a pas sanctionn\xC3\xA9 APT28.", "sanctioned");
  }
}

TEST_CASE("relations: summoned") {
  SUBCASE("en with a demonym: the Russian ambassador") {
    ExpectRelation("France summoned the Russian ambassador.", {"summoned", "France", "Russian", "summoned.active", "summoned"});
  }
  SUBCASE("en with a possessive") {
    ExpectRelation("Belgium summoned China's envoy.", {"summoned", "Belgium", "China", "summoned.active", "summoned"});
  }
  SUBCASE("fr") {
    ExpectRelation("La France a convoqu\xC3\xA9 l'ambassadeur de Russie.",
                   {"summoned", "France", "Russie", "summoned.active", "a convoqu\xC3\xA9"});
    ExpectRelation("La Belgique a convoqu\xC3\xA9 l'ambassadeur russe.",
                   {"summoned", "Belgique", "russe", "summoned.active", "a convoqu\xC3\xA9"});
  }
  SUBCASE("en passive") {
    ExpectRelation("The Russian ambassador was summoned by France on Monday.",
                   {"summoned", "France", "Russian", "summoned.passive", "was summoned"});
  }
  SUBCASE("fr passive") {
    ExpectRelation("L'ambassadeur russe a \xC3\xA9t\xC3\xA9 convoqu\xC3\xA9 par la France.",
                   {"summoned", "France", "russe", "summoned.passive", "a \xC3\xA9t\xC3\xA9 convoqu\xC3\xA9"});
  }
  SUBCASE("negated") {
    ExpectNegated("France has summoned the Russian ambassador.", "France has not summoned the Russian ambassador.",
                  "summoned");
    ExpectNegated("La France a convoqu\xC3\xA9 l'ambassadeur russe.",
                  "La France n'a pas convoqu\xC3\xA9 l'ambassadeur russe.", "summoned");
  }
}

TEST_CASE("relations: accused") {
  SUBCASE("en") {
    ExpectRelation("The UK accused Russia of the attack.", {"accused", "UK", "Russia", "accused.active", "accused"});
    ExpectRelation("The FBI blamed APT28 for the breach.", {"accused", "FBI", "APT28", "accused.active", "blamed"});
  }
  SUBCASE("en identified as responsible") {
    ExpectRelation("Belgium identified China as responsible.", {"accused", "Belgium", "China", "accused.identified", "identified"});
  }
  SUBCASE("fr") {
    ExpectRelation("La France a accus\xC3\xA9 la Russie.", {"accused", "France", "Russie", "accused.active", "a accus\xC3\xA9"});
  }
  SUBCASE("en passive") {
    ExpectRelation("Russia was accused by the UK of the attack.", {"accused", "UK", "Russia", "accused.passive", "was accused"});
  }
  SUBCASE("fr passive") {
    ExpectRelation("La Russie a \xC3\xA9t\xC3\xA9 accus\xC3\xA9" "e par la France.",
                   {"accused", "France", "Russie", "accused.passive", "a \xC3\xA9t\xC3\xA9 accus\xC3\xA9" "e"});
  }
  SUBCASE("en with a list of accusers") {
    ExpectRelation("The UK and Belgium accused Russia.", {"accused", "Belgium", "Russia", "accused.active", "accused"});
    ExpectRelation("The UK and Belgium accused Russia.", {"accused", "UK", "Russia", "accused.active", "accused"});
  }
  SUBCASE("negated") {
    ExpectNegated("The UK accuses Russia.", "The UK refused to accuse Russia.", "accused");
    ExpectNegated("La France a accus\xC3\xA9 la Russie.", "La France n'a pas accus\xC3\xA9 la Russie.", "accused");
  }
}

TEST_CASE("relations: based-in") {
  SUBCASE("en located") {
    ExpectRelation("Marc Olivier is based in Lyon.", {"based-in", "Marc Olivier", "Lyon", "based-in.located", "based in"});
    ExpectRelation("Helix Bank, headquartered in Belgium, was hit.",
                   {"based-in", "Helix Bank", "Belgium", "based-in.located", "headquartered in"});
  }
  SUBCASE("en demonym before a role") {
    ExpectRelation("The Belgian deputy Marc Olivier spoke.",
                   {"based-in", "Marc Olivier", "Belgian", "based-in.demonym-role", "deputy"});
  }
  SUBCASE("en apposition") {
    ExpectRelation("Marc Olivier, a Belgian deputy, spoke.",
                   {"based-in", "Marc Olivier", "Belgian", "based-in.apposition", "deputy"});
  }
  SUBCASE("fr apposition") {
    ExpectRelation("Marc Olivier, d\xC3\xA9put\xC3\xA9 belge, a parl\xC3\xA9.",
                   {"based-in", "Marc Olivier", "belge", "based-in.apposition.fr", "d\xC3\xA9put\xC3\xA9"});
  }
  SUBCASE("fr located") {
    ExpectRelation("La banque Helix Bank, bas\xC3\xA9" "e \xC3\xA0 Lyon, a \xC3\xA9t\xC3\xA9 pirat\xC3\xA9" "e.",
                   {"based-in", "Helix Bank", "Lyon", "based-in.located", "bas\xC3\xA9" "e \xC3\xA0"});
  }
  SUBCASE("list line") {
    ExpectRelation("Signatories:\nJean Martin MP (France)\n", {"based-in", "Jean Martin", "France", "based-in.list-line", "("});
  }
  SUBCASE("negated") {
    ExpectNegated("Helix Bank is based in Belgium.", "Helix Bank is not based in Belgium.", "based-in");
  }
}

TEST_CASE("relations: the sentence span is the sentence of the evidence, not the document") {
  std::string text = "Officials spoke on Monday. APT31 targeted Helix Bank. Nothing else happened.";
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, "targeted", "APT31", "Helix Bank");
  REQUIRE(r != nullptr);
  CHECK(Slice(doc.text, r->sentence_bytes) == "APT31 targeted Helix Bank.");
  CHECK(r->sentence_chars.begin == text.find("APT31"));
  CHECK(r->trigger_bytes.begin == text.find("targeted"));
  CHECK(r->trigger_bytes.end == text.find("targeted") + 8);
}

TEST_CASE("relations: arguments in different sentences are never related") {
  ExpectNone("APT31 was busy.\nHelix Bank was targeted later.", "targeted");
  ExpectNone("APT31 is linked.\nTo China, that is.", "attributed-to");
}

TEST_CASE("relations: an anaphor stands for the group of the previous sentence") {
  Document doc = FixtureExtractor().Extract("APT31 resurfaced in March. The group targeted Helix Bank.");
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, "targeted", "APT31", "Helix Bank");
  REQUIRE(r != nullptr);
  CHECK(Slice(doc.text, r->sentence_bytes) == "The group targeted Helix Bank.");
}

TEST_CASE("relations: one relation per type, head and tail; Config::relations=false gives none") {
  Document doc = FixtureExtractor().Extract("APT31 targeted and attacked and breached Helix Bank.");
  INFO(Describe(doc));
  CHECK(doc.relations.size() == 1);
  for (std::size_t i = 0; i < doc.relations.size(); ++i)
    for (std::size_t j = i + 1; j < doc.relations.size(); ++j)
      CHECK_FALSE((doc.relations[i].type == doc.relations[j].type && doc.relations[i].head == doc.relations[j].head &&
                   doc.relations[i].tail == doc.relations[j].tail));
  Config cfg = gazette_test::FixtureConfig();
  cfg.relations = false;
  CHECK(gazette_test::BuildOrFail(cfg)->Extract("APT31 targeted Helix Bank.").relations.empty());
}

TEST_CASE("relations: sentences over max_sentence_tokens are skipped with a warning") {
  Config cfg = gazette_test::FixtureConfig();
  cfg.max_sentence_tokens = 5;
  auto ex = gazette_test::BuildOrFail(cfg);
  Document doc = ex->Extract("APT31 targeted Helix Bank, the FBI and NATO on Monday.");
  INFO(Describe(doc));
  CHECK(doc.relations.empty());
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].find("max_sentence_tokens") != std::string::npos);
  CHECK(ex->Extract("APT31 targeted NATO.").relations.size() == 1);
}

TEST_CASE("relations: attributed-to, French apposition \"X, un groupe de pirates nord-coréen\"") {
  ExpectRelation("Lazarus Group, un groupe de pirates nord-cor\xC3\xA9" "en, a vol\xC3\xA9 des fonds.",
                 {"attributed-to", "Lazarus Group", "nord-cor\xC3\xA9" "en", "attributed.fr.apposition", "un groupe de pirates"});
  ExpectNone("APT31, un groupe actif, a vis\xC3\xA9 des entreprises chinoises.", "attributed-to");
}

TEST_CASE("relations: attributed-to, \"operated by\" and \"d'être derrière\"") {
  ExpectRelation("APT28, a group operated by Russia, struck again.",
                 {"attributed-to", "APT28", "Russia", "attributed.active.en", "operated by"});
  ExpectRelation("Londres accuse le renseignement militaire russe d'\xC3\xAAtre derri\xC3\xA8re APT28.",
                 {"attributed-to", "APT28", "russe", "attributed.behind", "\xC3\xAAtre derri\xC3\xA8re"});
  ExpectNegated("Le renseignement militaire russe serait derri\xC3\xA8re APT28.",
                "Le renseignement militaire russe nie \xC3\xAAtre derri\xC3\xA8re APT28.", "attributed-to");
}

TEST_CASE("relations: attributed-to, a demonym in another clause before the trigger is no sponsor") {
  // "German companies that a group ...": the demonym belongs to the relative clause's antecedent.
  ExpectNoRelation("The FBI warned German companies that a group tracked as Silver Lantern was active.", "attributed-to", "Silver Lantern", "German");
  ExpectRelation("The FBI warned of a German group tracked as Silver Lantern.",
                 {"attributed-to", "Silver Lantern", "German", "attributed.passive.en", "group"});
  ExpectRelation("A Chinese state-backed group, Silver Lantern, was named.",
                 {"attributed-to", "Silver Lantern", "Chinese", "attributed.passive.en", "state-backed"});
}

TEST_CASE("relations: targeted, a verb trigger needs \"by\" for its passive, a noun takes \"of\"") {
  ExpectNoRelation("The FBI said the sanctions also targeted members of APT28.", "targeted", "APT28", "FBI");
  ExpectRelation("Helix Bank was the target of APT31.",
                 {"targeted", "APT31", "Helix Bank", "targeted.passive.noun", "the target"});
  ExpectRelation("La Belgique a \xC3\xA9t\xC3\xA9 victime de APT31.",
                 {"targeted", "APT31", "Belgique", "targeted.passive.noun", "victime"});
}

TEST_CASE("relations: leads, \"chairs\", a President before the name, French fronted titles") {
  ExpectRelation("Senator Jane Doe, who chairs IPAC, spoke.", {"leads", "Jane Doe", "IPAC", "leads.title-of", "chairs"});
  ExpectRelation("ANSSI President Marc Olivier spoke.", {"leads", "Marc Olivier", "ANSSI", "leads.premodifier", "President"});
  ExpectRelation("Le chef du CCV, Marc Olivier, a parl\xC3\xA9.",
                 {"leads", "Marc Olivier", "CCV", "leads.fronted", "chef du"});
  ExpectNone("L'ancien chef du CCV, Marc Olivier, a parl\xC3\xA9.", "leads");
}

TEST_CASE("relations: member-of, a fronted spokesperson and \"worked for\"") {
  ExpectRelation("La porte-parole de l'ANSSI, Marc Olivier, a d\xC3\xA9nonc\xC3\xA9 l'attaque.",
                 {"member-of", "Marc Olivier", "ANSSI", "member.fronted", "porte-parole de"});
  ExpectRelation("A spokesperson for the FBI, Marc Olivier, declined to comment.",
                 {"member-of", "Marc Olivier", "FBI", "member.fronted", "spokesperson for"});
  ExpectNone("Le porte-parole de l'ANSSI a ensuite rencontr\xC3\xA9 Marc Olivier.", "member-of");
  ExpectRelation("The court heard that Marc Olivier worked for the FBI.",
                 {"member-of", "Marc Olivier", "FBI", "member.works-at", "worked for"});
}

// "X of Helix Bank", "X, de Helix Bank": an organization right after a person's name is where the person
// works; the name must touch the "of" (no verb between), and agencies are left to title rules.
TEST_CASE("relations: member-of, \"X of Organization\" and \"X, de Organization\"") {
  ExpectRelation("Marc Olivier of Helix Bank said the emails were fake.",
                 {"member-of", "Marc Olivier", "Helix Bank", "member.of-organization", "of"});
  ExpectRelation("Selon Marc Olivier, de Helix Bank, le groupe reste actif.",
                 {"member-of", "Marc Olivier", "Helix Bank", "member.of-organization", ", de"});
  ExpectNone("Marc Olivier spoke of Helix Bank with pride.", "member-of");
  ExpectNone("Marc Olivier a parl\xC3\xA9 de Helix Bank.", "member-of");
}

TEST_CASE("relations: notified, \"a mis en garde\" and elected officials as a state noun") {
  ExpectRelation("L'ANSSI a mis en garde les \xC3\xA9lus fran\xC3\xA7" "ais.",
                 {"notified", "ANSSI", "fran\xC3\xA7" "ais", "notified.active", "a mis en garde"});
  ExpectNegated("L'ANSSI a mis en garde les \xC3\xA9lus fran\xC3\xA7" "ais.",
                "L'ANSSI n'a pas mis en garde les \xC3\xA9lus fran\xC3\xA7" "ais.", "notified");
}

TEST_CASE("relations: summoned, a country wins over its agency, a city may summon") {
  ExpectOnlyDirection("France's Quai d'Orsay summoned the Russian ambassador.",
                      {"summoned", "France", "Russian", "summoned.active", "summoned"});
  ExpectRelation("The Quai d'Orsay summoned the Russian ambassador.",
                 {"summoned", "Quai d'Orsay", "Russian", "summoned.active", "summoned"});
  ExpectRelation("Lyon summoned the Russian ambassador.", {"summoned", "Lyon", "Russian", "summoned.active", "summoned"});
  ExpectNone("Lyon has not summoned the Russian ambassador.", "summoned");
}

// The fixture world plus a capital city, for sponsors named by their seat of government.
const Extractor& CityFixtureExtractor() {
  static const gazette_test::TempDir dir;
  static const std::shared_ptr<const Extractor> ex = [] {
    Config cfg = gazette_test::FixtureConfig();
    cfg.gazetteer_paths.push_back(dir.Write("cities.tsv", std::string(gazette_test::kTsvHeader) +
                                                              "location:beijing\tLOCATION\tBeijing\tP\xC3\xA9kin\tcountry=CN\n"));
    return gazette_test::BuildOrFail(cfg);
  }();
  return *ex;
}

TEST_CASE("relations: attributed-to a capital city named right after a sponsor trigger") {
  for (const char* text : {"APT31, a group backed by Beijing, struck again.",
                           "APT31, un groupe soutenu par P\xC3\xA9kin, a frapp\xC3\xA9."}) {
    Document doc = CityFixtureExtractor().Extract(text);
    INFO(Describe(doc));
    const Relation* r = nullptr;
    for (const Relation& x : doc.relations)
      if (x.type == "attributed-to" && doc.entities[x.head].text == "APT31" && doc.entities[x.tail].type == "LOCATION") r = &x;
    REQUIRE(r != nullptr);
    CHECK(r->rule == "attributed.sponsor-city");
  }
  Document none = CityFixtureExtractor().Extract("APT31, a group backed by the state, met in Beijing.");
  INFO(Describe(none));
  for (const Relation& x : none.relations) CHECK(x.type != "attributed-to");
}

TEST_CASE("relations: envoy words \"repr\xC3\xA9sentant\", \"representative\", \"charg\xC3\xA9 d'affaires\" and \"\xC3\xA0 son tour\"") {
  const char* fr = "La Belgique a convoqu\xC3\xA9 \xC3\xA0 son tour le repr\xC3\xA9sentant russe.";
  ExpectRelation(fr, {"summoned", "Belgique", "russe", "summoned.active", "a convoqu\xC3\xA9"});
  ExpectNegated(fr, "La Belgique n'a pas convoqu\xC3\xA9 \xC3\xA0 son tour le repr\xC3\xA9sentant russe.", "summoned");
  ExpectRelation("Belgium summoned in turn the Russian representative.",
                 {"summoned", "Belgium", "Russian", "summoned.active", "summoned"});
  ExpectRelation("Belgium summoned China's charg\xC3\xA9 d'affaires.",
                 {"summoned", "Belgium", "China", "summoned.active", "summoned"});
  // The state that sends the envoy is no acting head.
  ExpectNone("Russia's representative summoned the Chinese ambassador.", "summoned");
  ExpectNone("Le repr\xC3\xA9sentant de la Russie a convoqu\xC3\xA9 l'ambassadeur chinois.", "summoned");
  ExpectNone("China's charg\xC3\xA9 d'affaires summoned the Russian ambassador.", "summoned");
}

TEST_CASE("relations: a French list joined by \"ainsi que\"") {
  const char* fr = "APT28 a vis\xC3\xA9 la France ainsi que l'Allemagne.";
  ExpectRelation(fr, {"targeted", "APT28", "France", "targeted.active", "a vis\xC3\xA9"});
  ExpectRelation(fr, {"targeted", "APT28", "Allemagne", "targeted.active", "a vis\xC3\xA9"});
  ExpectRelation("La Belgique a sanctionn\xC3\xA9 APT28 ainsi que APT31.",
                 {"sanctioned", "Belgique", "APT31", "sanctioned.active", "a sanctionn\xC3\xA9"});
  // "ainsi que" opening a clause ("as reported by") joins no list.
  ExpectNoRelation("APT28 a vis\xC3\xA9 la France, ainsi que le rapporte la Belgique.", "targeted", "APT28", "Belgique");
  // "and" still joins an English list.
  ExpectRelation("APT28 targeted France and Germany.", {"targeted", "APT28", "Germany", "targeted.active", "targeted"});
}

// The fixture world plus capitals the gazetteer links to their state, and a city that is no capital.
const Extractor& CapitalFixtureExtractor() {
  static const gazette_test::TempDir dir;
  static const std::shared_ptr<const Extractor> ex = [] {
    Config cfg = gazette_test::FixtureConfig();
    cfg.gazetteer_paths.push_back(dir.Write(
        "capitals.tsv", std::string(gazette_test::kTsvHeader) +
                            "location:tehran\tLOCATION\tTehran\tT\xC3\xA9h\xC3\xA9ran\tcountry=IR;kind=capital\n"
                            "location:berlin\tLOCATION\tBerlin\t\tcountry=DE;kind=capital\n"
                            "location:munich\tLOCATION\tMunich\t\tcountry=DE;kind=city\n"));
    return gazette_test::BuildOrFail(cfg);
  }();
  return *ex;
}

TEST_CASE("relations: \"\xC3\xA0\" repeated inside a French list of places") {
  Document doc = CapitalFixtureExtractor().Extract("APT28 a vis\xC3\xA9 des minist\xC3\xA8res en Belgique et \xC3\xA0 Berlin.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "targeted", "APT28", "Belgique") != nullptr);
  CHECK(FindRelation(doc, "targeted", "APT28", "Berlin") != nullptr);
  // A verb between the places ends the list.
  Document verb = CapitalFixtureExtractor().Extract("APT28 a vis\xC3\xA9 la Belgique et a r\xC3\xA9sid\xC3\xA9 \xC3\xA0 Berlin.");
  INFO(Describe(verb));
  CHECK(FindRelation(verb, "targeted", "APT28", "Berlin") == nullptr);
}

TEST_CASE("relations: a capital that summons stands for its state, when the document names the state") {
  // The state named elsewhere in the text takes the relation; the city none.
  for (const char* text :
       {"Germany blamed APT28. Berlin summoned the Russian ambassador on Monday.",
        "L'Allemagne a accus\xC3\xA9 APT28. Berlin a convoqu\xC3\xA9 l'ambassadeur russe.",
        "The Iranian press was silent. Tehran summoned the French envoy.",
        "L'Iran a d\xC3\xA9menti. T\xC3\xA9h\xC3\xA9ran a convoqu\xC3\xA9 le repr\xC3\xA9sentant fran\xC3\xA7" "ais."}) {
    Document doc = CapitalFixtureExtractor().Extract(text);
    INFO(Describe(doc));
    bool country = false;
    for (const Relation& r : doc.relations) {
      if (r.type != "summoned") continue;
      CHECK(doc.entities[r.head].type != "LOCATION");
      country |= doc.entities[r.head].type == "COUNTRY";
    }
    CHECK(country);
  }
  // The state is not named: the capital keeps the relation.
  Document alone = CapitalFixtureExtractor().Extract("Berlin summoned the Russian ambassador.");
  INFO(Describe(alone));
  CHECK(FindRelation(alone, "summoned", "Berlin", "Russian") != nullptr);
  // A city that is no capital never stands for its state.
  Document city = CapitalFixtureExtractor().Extract("Germany blamed APT28. Munich summoned the Russian ambassador.");
  INFO(Describe(city));
  CHECK(FindRelation(city, "summoned", "Munich", "Russian") != nullptr);
  CHECK(FindRelation(city, "summoned", "Germany", "Russian") == nullptr);
}

TEST_CASE("relations: a country inside \"China-nexus\" is the actor's sponsor, never the attacker") {
  Document doc = FixtureExtractor().Extract("A China-nexus actor targets entities in Germany and Belgium.");
  INFO(Describe(doc));
  for (const Relation& r : doc.relations) CHECK(r.type != "targeted");
  ExpectRelation("APT31, a China-nexus actor, targets entities in Germany.",
                 {"targeted", "APT31", "Germany", "targeted.active", "targets"});
  ExpectRelation("APT31, a China-nexus actor, targets entities in Germany.",
                 {"attributed-to", "APT31", "China", "attributed.copula.en", "actor"});
}

// The fixture world plus an intelligence agency, for sponsors named in a hyphenated modifier.
const Extractor& AgencyFixtureExtractor() {
  static const gazette_test::TempDir dir;
  static const std::shared_ptr<const Extractor> ex = [] {
    Config cfg = gazette_test::FixtureConfig();
    cfg.gazetteer_paths.push_back(
        dir.Write("agencies.tsv", std::string(gazette_test::kTsvHeader) + "agency:ru-gru\tAGENCY\tGRU\t\tcountry=RU\n"));
    return gazette_test::BuildOrFail(cfg);
  }();
  return *ex;
}

TEST_CASE("relations: attributed-to an agency named in \"a GRU-linked actor\"") {
  Document doc = AgencyFixtureExtractor().Extract("Fancy Bear (APT28), a GRU-linked actor, struck again.");
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, "attributed-to", "APT28", "GRU");
  REQUIRE(r != nullptr);
  CHECK(r->rule == "attributed.compound-agency.en");
  Document none = AgencyFixtureExtractor().Extract("APT28 targeted a GRU-linked forum.");
  INFO(Describe(none));
  for (const Relation& x : none.relations) CHECK(x.type != "attributed-to");
}

TEST_CASE("relations: French present-tense targeting and \"li\xC3\xA9 aux\"") {
  ExpectRelation("Le groupe APT31 cible des entreprises en Allemagne et en Belgique.",
                 {"targeted", "APT31", "Allemagne", "targeted.active", "cible"});
  ExpectRelation("Le groupe APT31 cible des entreprises en Allemagne et en Belgique.",
                 {"targeted", "APT31", "Belgique", "targeted.active", "cible"});
  ExpectRelation("APT28 vise la Belgique.", {"targeted", "APT28", "Belgique", "targeted.active", "vise"});
  ExpectRelation("APT28, un groupe li\xC3\xA9 aux services de la Russie, a frapp\xC3\xA9.",
                 {"attributed-to", "APT28", "Russie", "attributed.fr", "li\xC3\xA9 aux"});
  Document none = FixtureExtractor().Extract("Pour APT31, la Belgique reste une cible.");
  INFO(Describe(none));
  for (const Relation& x : none.relations) CHECK(x.type != "targeted");
}

TEST_CASE("relations: lists with a repeated preposition and coordinated demonyms before a state noun") {
  ExpectRelation("APT31 targeted companies in Germany and in Belgium.",
                 {"targeted", "APT31", "Belgium", "targeted.active", "targeted"});
  ExpectRelation("APT31 targets Belgian and German government officials.",
                 {"targeted", "APT31", "Belgian", "targeted.active", "targets"});
  ExpectRelation("APT31 targets Belgian and German government officials.",
                 {"targeted", "APT31", "German", "targeted.active", "targets"});
  Document doc = FixtureExtractor().Extract("APT31 targets Belgian and German students.");
  INFO(Describe(doc));
  for (const Relation& x : doc.relations) CHECK(x.type != "targeted");
  ExpectNoRelation("APT31 targeted companies in Germany, then met in Belgium.", "targeted", "APT31", "Belgium");
}

TEST_CASE("relations: a speech verb between a person and a demonym breaks the apposition") {
  Document doc = FixtureExtractor().Extract("Minister Jean Dupont said the Russian ambassador was summoned.");
  INFO(Describe(doc));
  for (const Relation& x : doc.relations) CHECK(x.type != "based-in");
}

// ---- Relations QA round: classes of errors found on our own news paragraphs (English and French). ----

TEST_CASE("relations: a victim before a passive is never the agent of another verb (\"warned by X of having been the target of Y\")") {
  const char* en = "Marc Olivier, warned in 2023 by the NCSC of having been the target of APT31, spoke out.";
  ExpectRelation(en, {"targeted", "APT31", "Marc Olivier", "targeted.passive.noun", "the target"});
  ExpectRelation(en, {"notified", "NCSC", "Marc Olivier", "notified.passive", "warned"});
  ExpectNoRelation(en, "targeted", "APT31", "NCSC");
  // A name in brackets restating the agent is part of it.
  const char* bracketed =
      "Marc Olivier, warned by the Centre for Cyber Vigilance (CCV) of having been the target of APT31, spoke out.";
  ExpectRelation(bracketed, {"targeted", "APT31", "Marc Olivier", "targeted.passive.noun", "the target"});
  Document b = FixtureExtractor().Extract(bracketed);
  INFO(Describe(b));
  CHECK(FindRelation(b, "targeted", "APT31", "CCV") == nullptr);
  CHECK(FindRelation(b, "targeted", "APT31", "Centre for Cyber Vigilance") == nullptr);
  const char* fr = "Marc Olivier, averti en 2023 par le CCV d'avoir \xC3\xA9t\xC3\xA9 la cible de ces pirates (APT31), r\xC3\xA9" "clame une r\xC3\xA9ponse.";
  ExpectRelation(fr, {"targeted", "APT31", "Marc Olivier", "targeted.passive.noun", "la cible"});
  ExpectNoRelation(fr, "targeted", "APT31", "CCV");
}

TEST_CASE("relations: a participle after a noun (\"a campaign targeting X\") does not make the subject the attacker") {
  ExpectNone("Germany condemned a campaign targeting the NCSC.", "targeted");
  ExpectNone("La Belgique a d\xC3\xA9nonc\xC3\xA9 une campagne d'espionnage visant le CCV.", "targeted");
  ExpectRelation("APT31 ran a long campaign targeting the NCSC.",
                 {"targeted", "APT31", "NCSC", "targeted.participle", "targeting"});
  ExpectRelation("Russia has been targeting Belgium since 2014.",
                 {"targeted", "Russia", "Belgium", "targeted.participle.state", "targeting"});
  ExpectRelation("APT28, visant la Belgique depuis 2014, a frapp\xC3\xA9.",
                 {"targeted", "APT28", "Belgique", "targeted.participle", "visant"});
}

TEST_CASE("relations: targeted, nominalizations \"the targeting of X by Y\", \"le ciblage de X par Y\"") {
  ExpectOnlyDirection("The targeting of Belgian lawmakers by APT31 was confirmed on Tuesday.",
                      {"targeted", "APT31", "Belgian", "targeted.nominal", "targeting of"});
  ExpectRelation("Le ciblage du CCV par APT31 a \xC3\xA9t\xC3\xA9 confirm\xC3\xA9 mardi.",
                 {"targeted", "APT31", "CCV", "targeted.nominal", "ciblage du"});
  ExpectRelation("The attacks on Helix Bank were carried out by APT28.",
                 {"targeted", "APT28", "Helix Bank", "targeted.nominal", "attacks on"});
  // A list of targets: the attacker is looked for after the whole list.
  const char* list = "The attacks on German and French government networks by APT28 went on for months.";
  ExpectRelation(list, {"targeted", "APT28", "German", "targeted.nominal", "attacks on"});
  ExpectRelation(list, {"targeted", "APT28", "French", "targeted.nominal", "attacks on"});
  ExpectNoRelation(list, "targeted", "French", "German");
  // "by" after a verb of reporting or judging introduces who spoke, not the attacker.
  ExpectNone("The attack on Helix Bank was condemned by Germany.", "targeted");
  ExpectNone("L'attaque contre Helix Bank a \xC3\xA9t\xC3\xA9 d\xC3\xA9nonc\xC3\xA9" "e par la Belgique.", "targeted");
}

TEST_CASE("relations: targeted, \"X was behind the attack on Y\"") {
  ExpectRelation("The NCSC said APT31 was behind the attack on Helix Bank.",
                 {"targeted", "APT31", "Helix Bank", "targeted.active", "behind the attack on"});
  ExpectRelation("Selon l'ANSSI, APT28 est derri\xC3\xA8re la cyberattaque contre le CCV.",
                 {"targeted", "APT28", "CCV", "targeted.active", "derri\xC3\xA8re la cyberattaque contre"});
}

TEST_CASE("relations: fronted passives and locations open the sentence (\"Targeted by APT31 in 2021, X ...\")") {
  ExpectRelation("Targeted by APT31 in 2021, Marc Olivier asked the FBI for help.",
                 {"targeted", "APT31", "Marc Olivier", "targeted.fronted", "Targeted by"});
  ExpectRelation("Vis\xC3\xA9 par APT31 en 2021, Marc Olivier n'a pas \xC3\xA9t\xC3\xA9 inform\xC3\xA9 par l'ANSSI.",
                 {"targeted", "APT31", "Marc Olivier", "targeted.fronted", "Vis\xC3\xA9 par"});
  ExpectNone("Vis\xC3\xA9 par APT31 en 2021, Marc Olivier n'a pas \xC3\xA9t\xC3\xA9 inform\xC3\xA9 par l'ANSSI.", "notified");
  ExpectRelation("Warned by the FBI in May, Helix Bank shut down its servers.",
                 {"notified", "FBI", "Helix Bank", "notified.fronted", "Warned by"});
  ExpectRelation("Bas\xC3\xA9" "e \xC3\xA0 Lyon, Helix Bank a \xC3\xA9t\xC3\xA9 pirat\xC3\xA9" "e par APT28.",
                 {"based-in", "Helix Bank", "Lyon", "based-in.fronted", "Bas\xC3\xA9" "e \xC3\xA0"});
  ExpectRelation("Bas\xC3\xA9" "e \xC3\xA0 Lyon, Helix Bank a \xC3\xA9t\xC3\xA9 pirat\xC3\xA9" "e par APT28.",
                 {"targeted", "APT28", "Helix Bank", "targeted.passive", "pirat\xC3\xA9" "e"});
  // Not at the start of the sentence, the same words are no fronted clause.
  ExpectNoRelation("The group is based in Lyon, Helix Bank said.", "based-in", "Helix Bank", "Lyon");
  ExpectNoRelation("The bank said it was first targeted by APT31 in 2021, Marc Olivier added.", "targeted", "APT31", "Marc Olivier");
}

TEST_CASE("relations: a verb coordinated with an earlier one shares its subject, not its object") {
  ExpectOnlyDirection("Germany condemned the attack on Helix Bank and blamed Russia.",
                      {"accused", "Germany", "Russia", "accused.active", "blamed"});
  ExpectNoRelation("Germany condemned the attack on Helix Bank and blamed Russia.", "accused", "Helix Bank", "Russia");
  const char* fr = "La Belgique a d\xC3\xA9nonc\xC3\xA9 une campagne contre le CCV et a convoqu\xC3\xA9 l'ambassadeur russe.";
  ExpectRelation(fr, {"summoned", "Belgique", "russe", "summoned.active", "a convoqu\xC3\xA9"});
  ExpectNoRelation(fr, "summoned", "CCV", "russe");
  // A list of subjects stays a list.
  const char* list = "The FBI and the NCSC investigated the breach and warned Helix Bank.";
  ExpectRelation(list, {"notified", "FBI", "Helix Bank", "notified.active", "warned"});
  ExpectRelation(list, {"notified", "NCSC", "Helix Bank", "notified.active", "warned"});
}

TEST_CASE("relations: a comma-delimited stretch holding \"que\" or \"that\" is a clause, not an apposition to skip") {
  ExpectRelation("Son directeur, Marc Olivier, a indiqu\xC3\xA9 que le groupe APT28, soutenu par la Russie, a frapp\xC3\xA9.",
                 {"attributed-to", "APT28", "Russie", "attributed.fr", "soutenu par"});
  ExpectRelation("Its director, Marc Olivier, said that APT28, backed by Russia, struck again.",
                 {"attributed-to", "APT28", "Russia", "attributed.active.en", "backed by"});
}

TEST_CASE("relations: lists with a repeated \"par\" or \"by\", French passive participles in the plural") {
  const char* text = "La France, l'Allemagne et la Belgique ont \xC3\xA9t\xC3\xA9 vis\xC3\xA9" "es par APT31 et par APT28.";
  for (const char* head : {"APT31", "APT28"})
    for (const char* tail : {"France", "Allemagne", "Belgique"})
      ExpectRelation(text, {"targeted", head, tail, "targeted.passive", "vis\xC3\xA9" "es"});
}

TEST_CASE("relations: leads in the passive (\"dirig\xC3\xA9" "e par X\", \"headed by X\")") {
  ExpectOnlyDirection("L'ANSSI, dirig\xC3\xA9" "e par Marc Olivier, a publi\xC3\xA9 un rapport.",
                      {"leads", "Marc Olivier", "ANSSI", "leads.passive", "dirig\xC3\xA9" "e par"});
  ExpectRelation("The CCV, headed by Marc Olivier, published a report.",
                 {"leads", "Marc Olivier", "CCV", "leads.passive", "headed by"});
  ExpectNone("The operation was led by the FBI.", "leads");
}

TEST_CASE("relations: accused, \"a attribu\xC3\xA9 \xC3\xA0 X\" before the object") {
  ExpectRelation("La Belgique a attribu\xC3\xA9 \xC3\xA0 la Chine les attaques contre le CCV.",
                 {"accused", "Belgique", "Chine", "accused.active", "a attribu\xC3\xA9 \xC3\xA0"});
  ExpectNegated("La Belgique a attribu\xC3\xA9 \xC3\xA0 la Chine les attaques contre le CCV.",
                "La Belgique n'a pas attribu\xC3\xA9 \xC3\xA0 la Chine les attaques contre le CCV.", "accused");
}

TEST_CASE("relations: speech is no notification (\"X told NATO that ...\"); an agency anaphor may notify") {
  ExpectNone("Marc Olivier told NATO that the talks had ended.", "notified");
  // The anaphor's antecedent is in the previous sentence, so the relation's evidence is the anaphor's.
  Document doc = FixtureExtractor().Extract("The FBI investigated the breach. The bureau notified Helix Bank a week later.");
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, "notified", "FBI", "Helix Bank");
  REQUIRE(r != nullptr);
  CHECK(r->rule == "notified.active");
}

TEST_CASE("relations: targets a few words into the object (\"the email accounts of German diplomats\")") {
  ExpectRelation("APT28 hacked the email accounts of German diplomats.",
                 {"targeted", "APT28", "German", "targeted.active", "hacked"});
  ExpectRelation("APT31 targeted French senators.", {"targeted", "APT31", "French", "targeted.active", "targeted"});
}

TEST_CASE("relations: names joined by commas alone are no list; a list ends with a conjunction") {
  const char* fronted = "Believed to work for North Korea, Lazarus Group targeted Helix Bank.";
  ExpectRelation(fronted, {"attributed-to", "Lazarus Group", "North Korea", "attributed.fronted.en", "Believed to work for"});
  ExpectRelation(fronted, {"targeted", "Lazarus Group", "Helix Bank", "targeted.active", "targeted"});
  ExpectNoRelation(fronted, "targeted", "North Korea", "Helix Bank");
  Document said = FixtureExtractor().Extract("APT31 targeted Germany, NATO said on Monday.");
  INFO(Describe(said));
  CHECK(FindRelation(said, "targeted", "APT31", "Germany") != nullptr);
  CHECK(FindRelation(said, "targeted", "APT31", "NATO") == nullptr);
  for (const char* tail : {"Germany", "France", "Belgium"})
    ExpectRelation("APT31 targeted Germany, France and Belgium.", {"targeted", "APT31", tail, "targeted.active", "targeted"});
}

// QA round 2 on own news-style paragraphs: minister heads, envoys, clause and list boundaries, nominal
// attacks, attributions, notifications naming members, threats, anaphora across a quote.

TEST_CASE("relations: summoned, a minister's demonym stands for the country; a name in apposition is skipped") {
  ExpectRelation("Le ministre belge des Affaires \xC3\xA9trang\xC3\xA8res, Marc Olivier, a convoqu\xC3\xA9 l'ambassadeur de Chine.",
                 {"summoned", "belge", "Chine", "summoned.active", "a convoqu\xC3\xA9"});
  ExpectRelation("Belgian Foreign Minister Marc Olivier summoned the Chinese ambassador.",
                 {"summoned", "Belgian", "Chinese", "summoned.active", "summoned"});
  // Negative: with no country named, a minister summons for no one we could name.
  ExpectNone("Le ministre des Affaires \xC3\xA9trang\xC3\xA8res, Marc Olivier, a convoqu\xC3\xA9 l'ambassadeur de Chine.",
             "summoned");
  ExpectNone("Foreign Minister Marc Olivier summoned the Chinese ambassador.", "summoned");
}

TEST_CASE("relations: an envoy's country is never the acting head (\"China's ambassador\", \"l'ambassadeur de Chine\")") {
  for (const char* text : {"China's ambassador summoned reporters in Lyon.", "The ambassador of China summoned reporters in Lyon.",
                           "L'ambassadeur de Chine a convoqu\xC3\xA9 des journalistes \xC3\xA0 Lyon."})
    ExpectNone(text, "summoned");
  // The sending country is still the tail: "summoned China's ambassador".
  ExpectRelation("France summoned China's ambassador.", {"summoned", "France", "China", "summoned.active", "summoned"});
}

TEST_CASE("relations: \", and\" between two names joins clauses, not a list") {
  const char* text = "The UK summoned China's ambassador, Marc Olivier, and the NCSC accused the Chinese state.";
  ExpectRelation(text, {"accused", "NCSC", "Chinese", "accused.active", "accused"});
  ExpectNoRelation(text, "accused", "Marc Olivier", "Chinese");
  // A serial comma in a list of three keeps the list.
  for (const char* head : {"France", "Germany", "UK"})
    ExpectRelation("France, Germany, and the UK accused Russia.", {"accused", head, "Russia", "accused.active", "accused"});
}

TEST_CASE("relations: a coordinated verb takes its subject beyond the gap, not across a list of nouns") {
  ExpectRelation("The German government summoned the Russian ambassador on Friday and accused APT28.",
                 {"accused", "German", "APT28", "accused.active", "accused"});
  ExpectRelation("Le Royaume-Uni a sanctionn\xC3\xA9 une soci\xC3\xA9t\xC3\xA9 \xC3\xA9" "cran du renseignement chinois et convoqu\xC3\xA9 l'ambassadeur de Chine.",
                 {"summoned", "Royaume-Uni", "Chine", "summoned.active", "convoqu\xC3\xA9"});
  // Negative: "officials, journalists and members of IPAC" is a list of nouns, not a second verb.
  ExpectNoRelation(
      "FBI Director Marc Olivier said the group had targeted U.S. officials, journalists and members of IPAC.", "member-of", "Marc Olivier", "IPAC");
}

TEST_CASE("relations: targeted, \"X was behind a campaign against Y\", \"X est \xC3\xA0 l'origine d'une attaque contre Y\"") {
  ExpectRelation("The APT31 group, linked to the Chinese government, was behind a spying campaign against NATO.",
                 {"targeted", "APT31", "NATO", "targeted.behind", "behind"});
  ExpectNoRelation(
      "The APT31 group, linked to the Chinese government, was behind a spying campaign against NATO.", "targeted", "Chinese", "NATO");
  ExpectRelation("Le gouvernement belge a accus\xC3\xA9 la Chine d'\xC3\xAAtre \xC3\xA0 l'origine d'une cyberattaque contre le CCV.",
                 {"targeted", "Chine", "CCV", "targeted.behind", "\xC3\xA0 l'origine d'"});
  // Negative: no target after "contre"/"against"; a negated statement.
  ExpectNone("Le groupe APT28 est \xC3\xA0 l'origine de plusieurs attaques, selon l'ANSSI.", "targeted");
  ExpectNone("APT28 was not behind a campaign against Helix Bank.", "targeted");
}

TEST_CASE("relations: targeted, \"responsible for the 2021 hack of X\", \"attacks carried out by X against Y\"") {
  ExpectRelation("The UK said China was responsible for the 2021 hack of Helix Bank.",
                 {"targeted", "China", "Helix Bank", "targeted.responsible", "responsible for"});
  ExpectRelation("La France a d\xC3\xA9nonc\xC3\xA9 les attaques men\xC3\xA9" "es par APT28 contre le CCV.",
                 {"targeted", "APT28", "CCV", "targeted.nominal.of", "men\xC3\xA9" "es par"});
  // Negative: "responsible for" with no attack named as a noun before the target.
  ExpectNone("The NCSC said France was responsible for the security of Helix Bank.", "targeted");
}

TEST_CASE("relations: a French adverb before the verb (\"a \xC3\xA9galement cibl\xC3\xA9\") still ends a relative clause") {
  // The clause is longer than the rule's gap: without the skip, the demonym inside it became the attacker.
  const char* text = "Le groupe APT31, qui d\xC3\xA9pend selon les experts du renseignement militaire chinois, a "
                     "\xC3\xA9galement cibl\xC3\xA9 des parlementaires fran\xC3\xA7" "ais.";
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "targeted", "APT31", "fran\xC3\xA7" "ais") != nullptr);
  CHECK(FindRelation(doc, "targeted", "chinois", "fran\xC3\xA7" "ais") == nullptr);
}

TEST_CASE("relations: targeted, a group's nominal attack (\"APT28's campaign against X\", \"une attaque d'APT28 contre X\")") {
  ExpectRelation("Researchers tied APT28 to the campaign against Helix Bank.",
                 {"targeted", "APT28", "Helix Bank", "targeted.nominal.agent", "campaign against"});
  ExpectRelation("Berlin a convoqu\xC3\xA9 l'ambassadeur apr\xC3\xA8s une attaque d'APT28 contre le CCV.",
                 {"targeted", "APT28", "CCV", "targeted.nominal.of", "attaque d'"});
  ExpectRelation("The attack by APT28 on Helix Bank lasted a week.",
                 {"targeted", "APT28", "Helix Bank", "targeted.nominal.of", "attack by"});
  // Negative: a country that condemns an attack is not its author; nor is a group named before "after".
  ExpectNone("Germany condemned the campaign against Helix Bank.", "targeted");
  ExpectNone("APT28 resurfaced after the attack on Helix Bank.", "targeted");
}

TEST_CASE("relations: targeted, the one blamed \"for a cyberattack on X\" is the attacker") {
  ExpectRelation("Germany blamed Russia for a cyberattack on Helix Bank.",
                 {"targeted", "Russia", "Helix Bank", "targeted.blamed-for", "for a cyberattack"});
  ExpectRelation("L'Union europ\xC3\xA9" "enne a sanctionn\xC3\xA9 le groupe APT28 pour des attaques contre la Belgique.",
                 {"targeted", "APT28", "Belgique", "targeted.blamed-for", "pour des attaques"});
  // Negative: the accuser is no attacker, even when the one it blames is no argument ("accused Lyon").
  ExpectNoRelation("The NCSC accused Lyon of a campaign against Helix Bank.", "targeted", "NCSC", "Helix Bank");
}

TEST_CASE("relations: \"attributed a campaign against X to Y\" is an accusation and an attack") {
  const char* text = "The UK attributed a campaign against its NCSC to APT31.";
  ExpectRelation(text, {"accused", "UK", "APT31", "accused.attributed.en", "attributed"});
  ExpectRelation(text, {"targeted", "APT31", "NCSC", "targeted.nominal.attributed", "campaign against"});
  ExpectRelation("La Belgique a attribu\xC3\xA9 mardi au groupe APT31 une campagne contre le CCV.",
                 {"accused", "Belgique", "APT31", "accused.attributed.fr", "a attribu\xC3\xA9"});
  // Negative: a passive or a participle after a noun accuses no one.
  ExpectNone("Attacks in Germany attributed to APT28 rose.", "accused");
  Document doc = FixtureExtractor().Extract("The attack on the NCSC was attributed to APT31.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "accused", "NCSC", "APT31") == nullptr);
  CHECK(FindRelation(doc, "targeted", "APT31", "NCSC") != nullptr);
  // Negative: "to" of another phrase is no attribution.
  ExpectNone("The attack on Helix Bank led to Russia's sanctions.", "targeted");
}

TEST_CASE("relations: notified and targeted, \"warned several lawmakers, including X, that they had been targeted by Y\"") {
  const char* en = "The FBI warned several lawmakers, including Marc Olivier, that they had been targeted by APT31.";
  ExpectRelation(en, {"notified", "FBI", "Marc Olivier", "notified.including", "warned"});
  ExpectRelation(en, {"targeted", "APT31", "Marc Olivier", "targeted.told-that", "that they"});
  const char* fr = "Le CCV avait averti plusieurs parlementaires membres de l'IPAC, dont le d\xC3\xA9put\xC3\xA9 Marc Olivier, "
                   "qu'ils avaient \xC3\xA9t\xC3\xA9 cibl\xC3\xA9s par APT31.";
  ExpectRelation(fr, {"notified", "CCV", "Marc Olivier", "notified.including", "avait averti"});
  ExpectRelation(fr, {"targeted", "APT31", "Marc Olivier", "targeted.told-that", "qu'ils"});
  // Negative: "dont" opening a clause with a verb is a relative clause, skipped.
  Document doc = FixtureExtractor().Extract("Le CCV, dont le directeur est Marc Olivier, a averti la Belgique.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "notified", "CCV", "Belgique") != nullptr);
  CHECK(FindRelation(doc, "notified", "Marc Olivier", "Belgique") == nullptr);
}

TEST_CASE("relations: targeted, \"X said it had been targeted by Y\"") {
  ExpectRelation("Helix Bank said it had been targeted by APT31.",
                 {"targeted", "APT31", "Helix Bank", "targeted.said-that", "said it"});
  // Negative: the speaker's own passive is required ("identified victims targeted by" names others).
  ExpectNone("The NCSC said it had identified victims targeted by APT31.", "targeted");
}

TEST_CASE("relations: \"warned X against\" is a threat, not a notification") {
  ExpectNone("China warned Belgium against any retaliation.", "notified");
  ExpectNone("Russia warned the UK and France over the sanctions.", "notified");
  ExpectNone("La Chine a mis en garde la Belgique contre toute provocation.", "notified");
  ExpectRelation("The NCSC warned Helix Bank about the flaw.", {"notified", "NCSC", "Helix Bank", "notified.active", "warned"});
}

TEST_CASE("relations: \"the group\" stands for a group named up to three sentences back") {
  Document doc = FixtureExtractor().Extract(
      "Seven hackers who worked for APT31 were charged. The Treasury sanctioned two of them. \"This is a warning,\" "
      "Marc Olivier said. The FBI said the group had targeted U.S. officials.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "targeted", "APT31", "U.S.") != nullptr);
  // Negative: four sentences back is too far.
  Document far = FixtureExtractor().Extract(
      "APT31 was named in March. Officials met. They talked. They left. The group had targeted U.S. officials.");
  INFO(Describe(far));
  for (const Relation& r : far.relations) CHECK(r.type != "targeted");
}

TEST_CASE("relations: \"Selon X, le groupe Y, rattach\xC3\xA9 \xC3\xA0 Z, a cibl\xC3\xA9\": a name after its common noun is no apposition") {
  const char* text = "Selon l'ANSSI, le groupe APT28, rattach\xC3\xA9 \xC3\xA0 la Russie, a cibl\xC3\xA9 la Belgique.";
  ExpectRelation(text, {"attributed-to", "APT28", "Russie", "attributed.fr", "rattach\xC3\xA9 \xC3\xA0"});
  ExpectRelation(text, {"targeted", "APT28", "Belgique", "targeted.active", "a cibl\xC3\xA9"});
}

TEST_CASE("relations: based-in, a French title's demonym before a name in apposition") {
  ExpectRelation("La ministre belge des Affaires \xC3\xA9trang\xC3\xA8res, Marc Olivier, a parl\xC3\xA9.",
                 {"based-in", "Marc Olivier", "belge", "based-in.title.fr", "ministre"});
  // Negative: a verb between the title and the name.
  ExpectNone("Le ministre chinois des Affaires \xC3\xA9trang\xC3\xA8res a accus\xC3\xA9, lundi, Marc Olivier.", "based-in");
}

TEST_CASE("relations: a group's sponsor in apposition after a relative clause (\"by X, a Chinese hacking group\")") {
  // The relative clause is skipped only right before the trigger: here the group stands between it and
  // its sponsor ("a" is also a French auxiliary, so the clause seemed to end at "Chinese").
  ExpectRelation("The NCSC warned Helix Bank, which had detected an intrusion by APT31, a Chinese hacking group.",
                 {"attributed-to", "APT31", "Chinese", "attributed.copula.en", "hacking group"});
}

TEST_CASE("relations: based-in, an apposition never takes the name before \"and\" (\"X and Belgian MP Y\")") {
  Document doc = FixtureExtractor().Extract("Marc Olivier and Belgian MP Jane Roe were among the targets.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "based-in", "Jane Roe", "Belgian") != nullptr);
  CHECK(FindRelation(doc, "based-in", "Marc Olivier", "Belgian") == nullptr);
  Document fr = FixtureExtractor().Extract("Marc Olivier et le d\xC3\xA9put\xC3\xA9 allemand Jean Dupont ont d\xC3\xA9nonc\xC3\xA9 ces attaques.");
  INFO(Describe(fr));
  CHECK(FindRelation(fr, "based-in", "Jean Dupont", "allemand") != nullptr);
  CHECK(FindRelation(fr, "based-in", "Marc Olivier", "allemand") == nullptr);
}

TEST_CASE("relations: based-in, MEP and congressman are titles; a country name before a title homes the person") {
  ExpectRelation("Belgian MEP Marc Olivier received the emails.",
                 {"based-in", "Marc Olivier", "Belgian", "based-in.demonym-role", "MEP"});
  ExpectRelation("US congressman Marc Olivier was briefed.",
                 {"based-in", "Marc Olivier", "US", "based-in.demonym-role", "congressman"});
  ExpectRelation("Russian national Marc Olivier was charged.",
                 {"based-in", "Marc Olivier", "Russian", "based-in.demonym-role", "national"});
  // Negative: a comma between the country and the title ("attacks on the United States, President X").
  ExpectNone("APT31 targeted the United States, Senator Marc Olivier said.", "based-in");
  // Negative: a title after "and" is no verb sharing a subject ("US congressman X and Senator Y").
  Document doc = FixtureExtractor().Extract("US congressman Jane Roe and Senator Marc Olivier were briefed.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "based-in", "Jane Roe", "US") != nullptr);
  CHECK(FindRelation(doc, "based-in", "Marc Olivier", "US") == nullptr);
}

TEST_CASE("relations: based-in, French title, demonym and name (\"le s\xC3\xA9nateur fran\xC3\xA7" "ais X\")") {
  ExpectRelation("Le s\xC3\xA9nateur fran\xC3\xA7" "ais Marc Olivier a r\xC3\xA9" "agi.",
                 {"based-in", "Marc Olivier", "fran\xC3\xA7" "ais", "based-in.title-demonym.fr", "s\xC3\xA9nateur"});
  // Negative: the demonym after a name is no title of the name.
  ExpectNone("Le s\xC3\xA9nateur a rencontr\xC3\xA9 le fran\xC3\xA7" "ais Marc Olivier.", "based-in");
}

TEST_CASE("relations: based-in, a place glued to \"-based\" homes the name after it or before its apposition") {
  ExpectRelation("The Lyon-based Helix Bank reported the breach.",
                 {"based-in", "Helix Bank", "Lyon", "based-in.hyphenated", "-based"});
  ExpectRelation("APT31 targeted Helix Bank, a Lyon-based lender.",
                 {"based-in", "Helix Bank", "Lyon", "based-in.hyphenated.apposition", "-based"});
  // Negative: "and" between the place and the name, and a name inside another hyphenated modifier.
  ExpectNone("A Lyon-based lender and Helix Bank reported the breach.", "based-in");
  ExpectNone("Helix Bank said a NATO-owned lab located in Lyon was hit.", "based-in");
}

TEST_CASE("relations: based-in, a company's country (\"the Belgian company X\", \"la soci\xC3\xA9t\xC3\xA9 belge X\")") {
  ExpectRelation("The Belgian company Helix Bank was hacked.",
                 {"based-in", "Helix Bank", "Belgian", "based-in.demonym-company", "company"});
  ExpectRelation("La soci\xC3\xA9t\xC3\xA9 belge Banque Helix a \xC3\xA9t\xC3\xA9 pirat\xC3\xA9" "e.",
                 {"based-in", "Banque Helix", "belge", "based-in.company-demonym.fr", "soci\xC3\xA9t\xC3\xA9"});
  ExpectRelation("Banque Helix, l'entreprise belge, a \xC3\xA9t\xC3\xA9 pirat\xC3\xA9" "e.",
                 {"based-in", "Banque Helix", "belge", "based-in.company-apposition.fr", "entreprise"});
  // Negative: "groupe" also names threat groups ("Selon X, le groupe russe APT28").
  ExpectNone("Selon Banque Helix, le groupe russe APT28 a cibl\xC3\xA9 Lyon.", "based-in");
}

TEST_CASE("relations: leads, a possessive before a title stands for the organization named before") {
  // The antecedent stands in an earlier sentence, so the relation's evidence sentence does not hold it.
  Document fr = FixtureExtractor().Extract(
      "L'ANSSI a publi\xC3\xA9 un rapport sur APT31. Son directeur g\xC3\xA9n\xC3\xA9ral, Marc Olivier, a appel\xC3\xA9 "
      "\xC3\xA0 la vigilance.");
  INFO(Describe(fr));
  const Relation* strubel = FindRelation(fr, "leads", "Marc Olivier", "ANSSI");
  REQUIRE(strubel != nullptr);
  CHECK(strubel->rule == "leads.premodifier");
  CHECK(Slice(fr.text, strubel->trigger_bytes) == "directeur g\xC3\xA9n\xC3\xA9ral");
  // The subject of the sentence before, not its latest organization.
  Document doc = FixtureExtractor().Extract(
      "The NCSC coordinated the response with the FBI. Its executive director, Marc Olivier, praised it.");
  INFO(Describe(doc));
  bool ncsc = false;
  for (const Relation& r : doc.relations)
    if (r.type == "leads") {
      CHECK(doc.entities[r.tail].text == "NCSC");
      ncsc = true;
    }
  CHECK(ncsc);
  // Negative: no organization within three sentences, and a possessive before no title.
  ExpectNone("APT31 was named. Its director, Marc Olivier, spoke.", "leads");
  ExpectNone("The FBI published its report. Marc Olivier spoke.", "leads");
}

TEST_CASE("relations: member-of and leads, pre-modifiers and what they exclude") {
  ExpectRelation("Helix Bank researcher Marc Olivier found the backdoor.",
                 {"member-of", "Marc Olivier", "Helix Bank", "member.premodifier", "researcher"});
  ExpectRelation("NATO Secretary General Marc Olivier condemned the attacks.",
                 {"leads", "Marc Olivier", "NATO", "leads.premodifier", "Secretary General"});
  // Negative: "X and members of Y" does not make X a member.
  ExpectNone("APT31 targeted Marc Olivier and members of IPAC.", "member-of");
  // Negative: the one who chairs a committee of an organization does not lead the organization.
  ExpectNone("Marc Olivier, who chairs the NATO defence committee, spoke.", "leads");
  ExpectNone("Marc Olivier chairs the NATO's panel on cyber defence.", "leads");
}

TEST_CASE("relations: a titled name continues a list (\"X and Belgian MP Y\", \"X et le s\xC3\xA9nateur fran\xC3\xA7" "ais Y\")") {
  Document doc = FixtureExtractor().Extract("APT31 targeted Marc Olivier and Belgian MP Jane Roe.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "targeted", "APT31", "Marc Olivier") != nullptr);
  CHECK(FindRelation(doc, "targeted", "APT31", "Jane Roe") != nullptr);
  CHECK(FindRelation(doc, "targeted", "APT31", "Belgian") == nullptr);
  Document fr = FixtureExtractor().Extract(
      "Marc Olivier et le s\xC3\xA9nateur fran\xC3\xA7" "ais Jean Dupont ont \xC3\xA9t\xC3\xA9 inform\xC3\xA9s par le FBI.");
  INFO(Describe(fr));
  CHECK(FindRelation(fr, "notified", "FBI", "Marc Olivier") != nullptr);
  CHECK(FindRelation(fr, "notified", "FBI", "Jean Dupont") != nullptr);
  // Negative: a title before an organization does not join it to a person.
  ExpectNoRelation("APT31 targeted Helix Bank and Senator Marc Olivier said so.", "targeted", "APT31", "Marc Olivier");
}

TEST_CASE("relations: targeted, the country after \"en\"/\"in\" at the end of a long object") {
  ExpectRelation("APT28 a cibl\xC3\xA9 des op\xC3\xA9rateurs d'\xC3\xA9nergie en France et en Belgique.",
                 {"targeted", "APT28", "France", "targeted.active.place", "a cibl\xC3\xA9"});
  ExpectRelation("APT28 a cibl\xC3\xA9 des op\xC3\xA9rateurs d'\xC3\xA9nergie en France et en Belgique.",
                 {"targeted", "APT28", "Belgique", "targeted.active.place", "a cibl\xC3\xA9"});
  // Negative: the place of the attacker, not of the target.
  ExpectNone("APT28 targeted several energy companies from servers in Russia.", "targeted");
}

// Round 4 classes (own sentences): inserts inside French compound triggers, sanctions wording and what is
// no sanctioned party, inclusion lists after an object, roles at an agency, warnings passed on.
TEST_CASE("relations: an adverb or a day between auxiliary and participle (\"a \xC3\xA9galement inform\xC3\xA9\", \"a convoqu\xC3\xA9 jeudi\")") {
  ExpectRelation("L'ANSSI a \xC3\xA9galement inform\xC3\xA9 Marc Olivier.",
                 {"notified", "ANSSI", "Marc Olivier", "notified.active", "a \xC3\xA9galement inform\xC3\xA9"});
  ExpectRelation("La France a convoqu\xC3\xA9 jeudi l'ambassadeur de Russie.",
                 {"summoned", "France", "Russie", "summoned.active", "a convoqu\xC3\xA9"});
  ExpectRelation("La Belgique a sanctionn\xC3\xA9 dans la foul\xC3\xA9" "e Helix Bank.",
                 {"sanctioned", "Belgique", "Helix Bank", "sanctioned.active", "a sanctionn\xC3\xA9"});
  // Negative: a word outside the insert list still breaks the trigger.
  ExpectNone("L'ANSSI a selon lui pr\xC3\xA9venu Marc Olivier.", "notified");
}

TEST_CASE("relations: sanctioned, \"designated X\", and what is no sanctioned party") {
  ExpectRelation("The US Treasury on Tuesday designated Marc Olivier and Helix Bank.",
                 {"sanctioned", "US Treasury", "Marc Olivier", "sanctioned.designated.en", "designated"});
  ExpectRelation("Britain sanctions Helix Bank over APT31 hacking.",
                 {"sanctioned", "Britain", "Helix Bank", "sanctioned.present.en", "sanctions"});
  Document doc = FixtureExtractor().Extract(
      "Britain sanctions Helix Bank over APT31 hacking. The UK sanctioned a bank and two people linked to APT28. "
      "China firmly opposes the sanctions and accused the United States of lying.");
  INFO(Describe(doc));
  // Negative: the reason ("over"), an affiliation ("linked to") and a noun ("the sanctions").
  CHECK(FindRelation(doc, "sanctioned", "Britain", "APT31") == nullptr);
  CHECK(FindRelation(doc, "sanctioned", "UK", "APT28") == nullptr);
  CHECK(FindRelation(doc, "sanctioned", "China", "United States") == nullptr);
  CHECK(FindRelation(doc, "accused", "China", "United States") != nullptr);
  ExpectNone("The NCSC designated Marc Olivier as its liaison officer.", "sanctioned");
}

TEST_CASE("relations: targeted, named members of an object (\"breached banks, including X and Y\")") {
  ExpectRelation("APT31 breached at least three European banks, including Helix Bank and NATO.",
                 {"targeted", "APT31", "Helix Bank", "targeted.including", "breached"});
  ExpectRelation("APT31 breached at least three European banks, including Helix Bank and NATO.",
                 {"targeted", "APT31", "NATO", "targeted.including", "breached"});
  // Negative: the speaker after the list, and the source of the news ("a US indictment").
  ExpectNoRelation("APT31 breached several banks, including Helix Bank, the FBI said.", "targeted", "APT31", "FBI");
  ExpectNone("Several MPs learned from a US indictment that they had been targeted by APT31.", "targeted");
}

TEST_CASE("relations: member-of, a role at an agency, an officer of it, a member of a group") {
  ExpectRelation("Marc Olivier, director of operations at the NCSC, said the agency was ready.",
                 {"member-of", "Marc Olivier", "NCSC", "member.works-at", "director of operations at"});
  // A possessive before the role stands for the agency named in the sentence before.
  Document own = FixtureExtractor().Extract(
      "Le NCSC a publi\xC3\xA9 un avis. Son directeur des op\xC3\xA9rations, Marc Olivier, a indiqu\xC3\xA9 que tout allait bien.");
  INFO(Describe(own));
  CHECK(FindRelation(own, "member-of", "Marc Olivier", "NCSC") != nullptr);
  ExpectRelation("Marc Olivier, un officier du NCSC, a d\xC3\xA9missionn\xC3\xA9.",
                 {"member-of", "Marc Olivier", "NCSC", "member.active", "officier du"});
  ExpectRelation("Marc Olivier est pr\xC3\xA9sent\xC3\xA9 comme un membre du groupe APT31.",
                 {"member-of", "Marc Olivier", "APT31", "member.active", "membre du"});
  // Negative: a place of speech is no employer, and a role noun needs the comma of an apposition.
  ExpectNone("Marc Olivier spoke at the NCSC conference.", "member-of");
  ExpectNone("The NCSC deputy director met Marc Olivier.", "member-of");
}

TEST_CASE("relations: notified, a warning passed on, and \"the agency\" for the subject of an earlier sentence") {
  ExpectRelation("The FBI passed a warning to British authorities in 2022.",
                 {"notified", "FBI", "British", "notified.active", "passed a warning to"});
  Document doc = FixtureExtractor().Extract(
      "Le NCSC, rattach\xC3\xA9 au FBI, a publi\xC3\xA9 un avis. Marc Olivier a indiqu\xC3\xA9 que l'agence avait averti la s\xC3\xA9natrice Jane Roe.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "notified", "NCSC", "Jane Roe") != nullptr);
  CHECK(FindRelation(doc, "notified", "FBI", "Jane Roe") == nullptr);
  // Negative: a passive agent after a time phrase ("warned in 2023 by") is no one warned.
  ExpectNoRelation("For Marc Olivier, warned in 2023 by the NCSC of the campaign, it was late.", "notified", "Marc Olivier", "NCSC");
}

TEST_CASE("relations: accused, hackers \"linked to\" a state stand for it") {
  ExpectRelation("Le gouvernement belge a publiquement accus\xC3\xA9 lundi des groupes de pirates li\xC3\xA9s \xC3\xA0 la Chine.",
                 {"accused", "belge", "Chine", "accused.linked", "a publiquement accus\xC3\xA9"});
  // Negative: the affiliation of something else than the accused ("servers linked to").
  ExpectNone("Belgium accused hackers of attacking servers linked to China.", "accused");
}

TEST_CASE("relations: attributed-to, a reporting clause inside the relative clause, and \"relient au\"") {
  ExpectRelation("Silver Lantern, a hacking group that Washington says works for China, was active.",
                 {"attributed-to", "Silver Lantern", "China", "attributed.active.en", "works for"});
  ExpectRelation("Le groupe APT28, que les gouvernements europ\xC3\xA9" "ens relient au renseignement militaire russe, est actif.",
                 {"attributed-to", "APT28", "russe", "attributed.fr.active-verb", "relient au"});
}

TEST_CASE("relations: targeted, break-in verbs (\"broke into\", \"s'est introduit dans\")") {
  ExpectRelation("APT28 broke into the networks of Helix Bank last year.",
                 {"targeted", "APT28", "Helix Bank", "targeted.active", "broke into"});
  ExpectRelation("APT28 s'est introduit dans les r\xC3\xA9seaux de la Banque Helix.",
                 {"targeted", "APT28", "Banque Helix", "targeted.active", "s'est introduit dans"});
  // Negative: a negated break-in, and the victim of a break-in is no attacker.
  ExpectNegated("APT28 had broken into Helix Bank.", "APT28 had never broken into Helix Bank.", "targeted");
  ExpectNone("Helix Bank was broken into by burglars.", "targeted");
}

TEST_CASE("relations: targeted, claims of responsibility (\"claimed the attacks on\", \"revendiqu\xC3\xA9" "e par\")") {
  ExpectRelation("Silver Lantern claimed the attacks on Helix Bank.",
                 {"targeted", "Silver Lantern", "Helix Bank", "targeted.responsible", "claimed"});
  ExpectRelation("Le groupe Silver Lantern a revendiqu\xC3\xA9 l'attaque contre la Banque Helix.",
                 {"targeted", "Silver Lantern", "Banque Helix", "targeted.responsible", "a revendiqu\xC3\xA9"});
  ExpectRelation("Une panne a touch\xC3\xA9 la Banque Helix, revendiqu\xC3\xA9" "e par le groupe Silver Lantern.",
                 {"targeted", "Silver Lantern", "Banque Helix", "targeted.claimed-by", "revendiqu\xC3\xA9" "e par"});
  // Negative: a claim made by no group, and a denied claim.
  ExpectNone("L'attaque contre la Banque Helix, revendiqu\xC3\xA9" "e par Marc Olivier, a \xC3\xA9" "chou\xC3\xA9.", "targeted");
  ExpectNone("Silver Lantern denied it claimed the attacks on Helix Bank.", "targeted");
}

TEST_CASE("relations: notified, an infinitive (\"a confirm\xC3\xA9 avoir pr\xC3\xA9venu X\") and a capital right after the verb") {
  ExpectRelation("L'ANSSI regrette d'avoir pr\xC3\xA9venu la Banque Helix si tard.",
                 {"notified", "ANSSI", "Banque Helix", "notified.active", "avoir pr\xC3\xA9venu"});
  ExpectRelation("The FBI said it regretted having warned Helix Bank so late.",
                 {"notified", "FBI", "Helix Bank", "notified.active", "having warned"});
  ExpectRelation("Le FBI avait averti Lyon d\xC3\xA8s avril.", {"notified", "FBI", "Lyon", "notified.capital", "avait averti"});
  // A reporting verb before the infinitive lets an apposition between the agency and the verb be skipped.
  ExpectRelation("L'ANSSI, le service de cyberd\xC3\xA9" "fense, a confirm\xC3\xA9 avoir pr\xC3\xA9venu la Banque Helix.",
                 {"notified", "ANSSI", "Banque Helix", "notified.active", "a confirm\xC3\xA9 avoir pr\xC3\xA9venu"});
  // Negative: a denial, a threat, and a place after a preposition.
  ExpectNone("Le FBI a d\xC3\xA9menti avoir pr\xC3\xA9venu la Banque Helix.", "notified");
  ExpectNone("The FBI warned Lyon against any retaliation.", "notified");
  ExpectNone("The FBI warned in Lyon that attacks were coming.", "notified");
}

TEST_CASE("relations: attributed-to, a group that is \"another unit of\" an agency, in apposition") {
  ExpectRelation("Selon le FBI, Silver Lantern, une autre unit\xC3\xA9 du Tr\xC3\xA9sor am\xC3\xA9ricain, a vis\xC3\xA9 la Banque Helix.",
                 {"attributed-to", "Silver Lantern", "Tr\xC3\xA9sor", "attributed.unit-apposition", ", une autre unit\xC3\xA9 du"});
  ExpectRelation("Silver Lantern, another unit of the US Treasury, was named.",
                 {"attributed-to", "Silver Lantern", "US Treasury", "attributed.unit-apposition", ", another unit of"});
  // Negative: the group named before a clause is not the one in apposition ("distinct de X, une autre unit\xC3\xA9 du Y").
  Document doc = FixtureExtractor().Extract(
      "Le FBI, qui suit APT28, l'a d\xC3\xA9" "crit comme un acteur distinct de Silver Lantern, une autre unit\xC3\xA9 du Tr\xC3\xA9sor am\xC3\xA9ricain.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "attributed-to", "APT28", "Tr\xC3\xA9sor") == nullptr);
  CHECK(FindRelation(doc, "attributed-to", "Silver Lantern", "Tr\xC3\xA9sor") != nullptr);
  ExpectNone("Silver Lantern n'est pas une unit\xC3\xA9 du Tr\xC3\xA9sor am\xC3\xA9ricain.", "attributed-to");
}

TEST_CASE("relations: attributed-to, with the group as a pronoun object (\"linked it to\", \"l'ont attribu\xC3\xA9 au\")") {
  ExpectRelation("Researchers track the campaign as APT28 and linked it to the Russian military.",
                 {"attributed-to", "APT28", "Russian", "attributed.active.en", "linked it to"});
  ExpectRelation("Les chercheurs suivent le groupe APT28 et l'ont attribu\xC3\xA9 \xC3\xA0 la Russie.",
                 {"attributed-to", "APT28", "Russie", "attributed.fr.active-verb", "l'ont attribu\xC3\xA9 \xC3\xA0"});
  // Negative: "it" in a clause of its own ("said that ... linked it to") and a negated link.
  ExpectNone("APT28 was active; analysts said that nothing linked it to Russia.", "attributed-to");
  ExpectNone("Les chercheurs suivent APT28 mais ne l'ont jamais attribu\xC3\xA9 \xC3\xA0 la Russie.", "attributed-to");
}

TEST_CASE("relations: sanctioned, a sanctions list; an agency named before its officers is no one sanctioned") {
  ExpectRelation("The US Treasury added Helix Bank to its sanctions list.",
                 {"sanctioned", "US Treasury", "Helix Bank", "sanctioned.list", "to its sanctions list"});
  ExpectRelation("Le Tr\xC3\xA9sor am\xC3\xA9ricain a inscrit la Banque Helix sur sa liste noire.",
                 {"sanctioned", "Tr\xC3\xA9sor", "Banque Helix", "sanctioned.list", "sur sa liste noire"});
  // "FBI officers, Marc Olivier": Marc Olivier is an officer of the FBI, not the FBI a sanctioned party;
  // the officers named after the comma are.
  Document doc = FixtureExtractor().Extract("Britain sanctioned two FBI officers, Marc Olivier and Senator Jane Roe, on Monday.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "sanctioned", "Britain", "FBI") == nullptr);
  CHECK(FindRelation(doc, "member-of", "Marc Olivier", "FBI") != nullptr);
  ExpectRelation("Britain sanctioned two FBI officers, Marc Olivier and Senator Jane Roe, on Monday.",
                 {"sanctioned", "Britain", "Jane Roe", "sanctioned.named-officers.en", "sanctioned"});
  // Negative: reported speech between the two names.
  ExpectNone("The US Treasury said Helix Bank had been added to its sanctions list.", "sanctioned");
}

TEST_CASE("relations: summoned, \"avait convoqu\xC3\xA9\", \"a annonc\xC3\xA9 la convocation de l'ambassadeur de\", an alliance's envoy") {
  ExpectRelation("La France avait convoqu\xC3\xA9 l'ambassadeur de Russie.",
                 {"summoned", "France", "Russie", "summoned.active", "avait convoqu\xC3\xA9"});
  ExpectRelation("La France a condamn\xC3\xA9 l'attaque et a annonc\xC3\xA9 la convocation de l'ambassadeur de Chine.",
                 {"summoned", "France", "Chine", "summoned.nominal.fr", "a annonc\xC3\xA9 la convocation de l'ambassadeur de"});
  ExpectRelation("Russia summoned the NATO envoy in Moscow.",
                 {"summoned", "Russia", "NATO", "summoned.envoy-of-body.en", "summoned"});
  // Negative: a negated announcement, and an alliance's members are no envoy.
  ExpectNone("La France n'a pas annonc\xC3\xA9 la convocation de l'ambassadeur de Chine.", "summoned");
  ExpectNone("Russia summoned NATO members to talks.", "summoned");
  // The same in French: a body's envoy after the verb.
  ExpectRelation("La Russie a convoqu\xC3\xA9 l'ambassadeur de l'OTAN \xC3\xA0 Moscou.",
                 {"summoned", "Russie", "OTAN", "summoned.envoy-of-body.fr", "a convoqu\xC3\xA9 l'ambassadeur de"});
  ExpectNone("La Russie a convoqu\xC3\xA9 les membres de l'OTAN \xC3\xA0 Moscou.", "summoned");
}

TEST_CASE("relations: accused, an embassy opening the sentence speaks for its state; never an entity with itself") {
  ExpectRelation("L'ambassade de Chine a rejet\xC3\xA9 ces accusations et a accus\xC3\xA9 la Belgique d'espionnage.",
                 {"accused", "Chine", "Belgique", "accused.active", "a accus\xC3\xA9"});
  ExpectRelation("The Chinese embassy rejected the report and accused Britain of hypocrisy.",
                 {"accused", "Chinese", "Britain", "accused.active", "accused"});
  // The earlier clause's denial does not reach the coordinated verb; its own negation does.
  ExpectNone("The Chinese embassy rejected the report and did not accuse Britain of anything.", "accused");
  // Negative: "qualifiant la Belgique ..., et a accus\xC3\xA9 le gouvernement belge": Belgium never accuses itself.
  Document doc = FixtureExtractor().Extract(
      "L'ambassade de Chine a rejet\xC3\xA9 ces accusations, qualifiant la Belgique de marionnette, et a accus\xC3\xA9 le gouvernement "
      "belge d'ing\xC3\xA9rence.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "accused", "Belgique", "belge") == nullptr);
  CHECK(FindRelation(doc, "accused", "Chine", "belge") != nullptr);
}

TEST_CASE("relations: leads, \"the centre's head\" is the agency whose name holds \"centre\", not the latest one") {
  Document doc = FixtureExtractor().Extract(
      "The Centre for Cyber Vigilance had briefed the FBI in May, said the centre's head, Marc Olivier.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "leads", "Marc Olivier", "Centre for Cyber Vigilance") != nullptr);
  CHECK(FindRelation(doc, "leads", "Marc Olivier", "FBI") == nullptr);
  // A possessive before "administratrice g\xC3\xA9n\xC3\xA9rale" stands for the agency of the sentence before.
  Document own = FixtureExtractor().Extract("L'ANSSI a publi\xC3\xA9 un rapport. Son administratrice g\xC3\xA9n\xC3\xA9rale, Marc Olivier, a confirm\xC3\xA9.");
  INFO(Describe(own));
  CHECK(FindRelation(own, "leads", "Marc Olivier", "ANSSI") != nullptr);
  // Negative: "the Centre for Cyber Vigilance" is a name, not the anaphor "the centre" for the FBI.
  Document named = FixtureExtractor().Extract(
      "The FBI published a report. Marc Olivier was warned by the Centre for Cyber Vigilance of the attack.");
  INFO(Describe(named));
  CHECK(FindRelation(named, "notified", "FBI", "Marc Olivier") == nullptr);
  CHECK(FindRelation(named, "notified", "Centre for Cyber Vigilance", "Marc Olivier") != nullptr);
}

TEST_CASE("relations: a capitalized anaphor noun is the short form of a name however far back it is") {
  const char* const en =
      "The Centre for Cyber Vigilance published a report on APT31. The report ran to forty pages. It listed "
      "many servers. The FBI issued a statement. Officials met on Monday. The Centre warned Marc Olivier of the "
      "attack.";
  Document doc = FixtureExtractor().Extract(en);
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "notified", "Centre for Cyber Vigilance", "Marc Olivier") != nullptr);
  CHECK(FindRelation(doc, "notified", "FBI", "Marc Olivier") == nullptr);
  Document fr = FixtureExtractor().Extract(
      "Le Centre for Cyber Vigilance a publi\xC3\xA9 un rapport. Le rapport est long. Il cite des serveurs. Le FBI a "
      "r\xC3\xA9" "agi. Les responsables se sont r\xC3\xA9unis. Le Centre a averti Marc Olivier de l'attaque.");
  INFO(Describe(fr));
  CHECK(FindRelation(fr, "notified", "Centre for Cyber Vigilance", "Marc Olivier") != nullptr);
  // Negative: a lower-case "the centre" is a common noun; beyond the window it names no earlier agency.
  ExpectNoRelation(
      "The Centre for Cyber Vigilance published a report on APT31. The report ran to forty pages. It listed "
      "many servers. The FBI issued a statement. Officials met on Monday. Then the centre warned Marc Olivier of "
      "the attack.", "notified", "Centre for Cyber Vigilance", "Marc Olivier");
}

TEST_CASE("relations: based-in, \"\xC3\xA9tablie \xC3\xA0\"") {
  ExpectRelation("La Banque Helix, \xC3\xA9tablie \xC3\xA0 Lyon, a \xC3\xA9t\xC3\xA9 vis\xC3\xA9" "e.",
                 {"based-in", "Banque Helix", "Lyon", "based-in.located", "\xC3\xA9tablie \xC3\xA0"});
  ExpectNone("La Banque Helix n'est pas \xC3\xA9tablie \xC3\xA0 Lyon.", "based-in");
}

TEST_CASE("relations: summoned and sanctioned, an agency acts for its state when the document names it") {
  Document doc = FixtureExtractor().Extract(
      "La France a condamn\xC3\xA9 l'attaque. Le Quai d'Orsay a convoqu\xC3\xA9 l'ambassadeur de Chine \xC3\xA0 Paris.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "summoned", "Quai d'Orsay", "Chine") != nullptr);
  const Relation* state = FindRelation(doc, "summoned", "France", "Chine");
  REQUIRE(state != nullptr);
  CHECK(state->rule == "summoned.active");
  Document us = FixtureExtractor().Extract("The United States condemned the campaign. The US Treasury sanctioned Silver Lantern.");
  INFO(Describe(us));
  CHECK(FindRelation(us, "sanctioned", "US Treasury", "Silver Lantern") != nullptr);
  CHECK(FindRelation(us, "sanctioned", "United States", "Silver Lantern") != nullptr);
  // Negative: a state the document does not name is not invented, and an agency in another relation
  // (notified) stays itself.
  Document alone = FixtureExtractor().Extract("The US Treasury sanctioned Silver Lantern.");
  INFO(Describe(alone));
  CHECK(alone.relations.size() == 1);
  ExpectNoRelation("The United States said so. The FBI warned Helix Bank.", "notified", "United States", "Helix Bank");
}

TEST_CASE("relations: a generic ministry (state=document) acts for the state the document is about") {
  SUBCASE("fr") {
    Document doc = FixtureExtractor().Extract(
        "La Belgique a condamn\xC3\xA9 l'attaque. La Belgique attend des excuses de la Chine.\n"
        "Le minist\xC3\xA8re de la Justice a convoqu\xC3\xA9 l'ambassadeur de Chine.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "summoned", "minist\xC3\xA8re de la Justice", "Chine") != nullptr);
    CHECK(FindRelation(doc, "summoned", "Belgique", "Chine") != nullptr);
  }
  SUBCASE("en: the summoned state itself is never its own summoner, however often named") {
    Document doc = FixtureExtractor().Extract(
        "Russia denied it. Russia said Germany lied. Russia threatened Germany.\n"
        "The Ministry of Justice summoned the Russian ambassador.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "summoned", "Germany", "Russian") != nullptr);
    CHECK(FindRelation(doc, "summoned", "Russia", "Russian") == nullptr);
  }
  SUBCASE("no other state named: only the ministry") {
    Document doc = FixtureExtractor().Extract("The Ministry of Justice summoned the Russian ambassador.");
    INFO(Describe(doc));
    CHECK(doc.relations.size() == 1);
  }
}

TEST_CASE("relations: a possessive list over a description (\"Russia's military intelligence service, the FBI\")") {
  Document doc = FixtureExtractor().Extract("Silver Lantern is linked to Russia's military intelligence service, the FBI.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "attributed-to", "Silver Lantern", "Russia") != nullptr);
  CHECK(FindRelation(doc, "attributed-to", "Silver Lantern", "FBI") != nullptr);
  ExpectRelation("APT28, which is controlled by Russia's military intelligence service FBI, was named.",
                 {"attributed-to", "APT28", "FBI", "attributed.active.en", "controlled by"});
  // Negative: words that describe no owned body break the list ("Russia's attack on the FBI").
  ExpectNoRelation("Silver Lantern is linked to Russia's attack on the FBI.", "attributed-to", "Silver Lantern", "FBI");
  // French has no "'s": "le renseignement militaire russe, le FBI" is no list of the two.
  ExpectNoRelation("Silver Lantern est li\xC3\xA9 \xC3\xA0 la Russie, selon le FBI.", "attributed-to", "Silver Lantern", "FBI");
}

TEST_CASE("relations: \"ses services\" stands for the agency of the sentence, not for its director") {
  Document doc = FixtureExtractor().Extract(
      "Le directeur de l'ANSSI, Marc Olivier, a ajout\xC3\xA9 que ses services avaient pr\xC3\xA9venu la Banque Helix.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "notified", "ANSSI", "Banque Helix") != nullptr);
  CHECK(FindRelation(doc, "notified", "Marc Olivier", "Banque Helix") == nullptr);
  // Negative: a negated warning, and a possessive with no trigger makes no relation.
  ExpectNone("Le directeur de l'ANSSI, Marc Olivier, a dit que ses services n'avaient pas pr\xC3\xA9venu la Banque Helix.", "notified");
  Document none = FixtureExtractor().Extract("Helix Bank said its services were restored by Monday.");
  INFO(Describe(none));
  CHECK(none.relations.empty());
}

TEST_CASE("relations: after \"the company and\", a possessive speaks of the company, not of the agency") {
  Document en = FixtureExtractor().Extract("The US Treasury added the company and its chief executive, Marc Olivier, to its sanctions list.");
  INFO(Describe(en));
  CHECK(FindRelation(en, "leads", "Marc Olivier", "US Treasury") == nullptr);
  CHECK(FindRelation(en, "sanctioned", "US Treasury", "Marc Olivier") != nullptr);
  ExpectNoRelation("Le Tr\xC3\xA9sor am\xC3\xA9ricain a sanctionn\xC3\xA9 la soci\xC3\xA9t\xC3\xA9 et son dirigeant, Marc Olivier.", "leads", "Marc Olivier", "Tr\xC3\xA9sor");
  // Positive: after a name, the possessive is that name's.
  ExpectRelation("The FBI and its director, Marc Olivier, warned Helix Bank.",
                 {"leads", "Marc Olivier", "FBI", "leads.premodifier", "director"});
}

TEST_CASE("relations: a party or employer before a titled name modifies it (\"Labour MP X\")") {
  SUBCASE("en, titles between the party and the person") {
    ExpectRelation("APT31 targeted NATO director Marc Olivier.",
                   {"targeted", "APT31", "Marc Olivier", "targeted.active", "targeted"});
    ExpectNone("APT31 targeted NATO, said Marc Olivier.", "member-of");
    Document doc = FixtureExtractor().Extract("APT31 targeted NATO, said Marc Olivier.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "targeted", "APT31", "NATO") != nullptr);
    CHECK(FindRelation(doc, "targeted", "APT31", "Marc Olivier") == nullptr);
  }
  SUBCASE("fr, in a list of titled people") {
    const std::string text = "APT31 a cibl\xC3\xA9 le s\xC3\xA9nateur Paul Durand et le d\xC3\xA9put\xC3\xA9 IPAC Marc Olivier.";
    ExpectRelation(text, {"targeted", "APT31", "Paul Durand", "targeted.active", "a cibl\xC3\xA9"});
    ExpectRelation(text, {"targeted", "APT31", "Marc Olivier", "targeted.active", "a cibl\xC3\xA9"});
    ExpectNone("APT31 a cibl\xC3\xA9 le s\xC3\xA9nateur Paul Durand et la banque Helix Bank, selon Marc Olivier.",
               "member-of");
    ExpectNoRelation(
        "APT31 a cibl\xC3\xA9 le s\xC3\xA9nateur Paul Durand et l'OTAN, selon le d\xC3\xA9put\xC3\xA9 Marc Olivier.", "targeted", "APT31", "Marc Olivier");
  }
}

TEST_CASE("relations: a date right after the trigger does not count in the gap (\"convoqué en septembre\")") {
  SUBCASE("fr, a date between the verb and the envoy") {
    ExpectRelation("La France avait convoqu\xC3\xA9 en septembre le charg\xC3\xA9 d'affaires russe.",
                   {"summoned", "France", "russe", "summoned.active", "avait convoqu\xC3\xA9"});
    ExpectRelation("La France a convoqu\xC3\xA9 d\xC3\xA9" "but octobre l'ambassadeur de Russie.",
                   {"summoned", "France", "Russie", "summoned.active", "a convoqu\xC3\xA9"});
  }
  SUBCASE("en, a date between the verb and the envoy") {
    ExpectRelation("France summoned last week the ambassador of Russia.",
                   {"summoned", "France", "Russia", "summoned.active", "summoned"});
  }
  SUBCASE("a passive's \"by\" after the date still blocks the active reading") {
    Document doc = FixtureExtractor().Extract("Germany was attacked in March by Russia.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "targeted", "Russia", "Germany") != nullptr);
    CHECK(FindRelation(doc, "targeted", "Germany", "Russia") == nullptr);
    Document fr = FixtureExtractor().Extract("La Belgique a \xC3\xA9t\xC3\xA9 attaqu\xC3\xA9" "e en mars par la Chine.");
    INFO(Describe(fr));
    CHECK(FindRelation(fr, "targeted", "Chine", "Belgique") != nullptr);
    CHECK(FindRelation(fr, "targeted", "Belgique", "Chine") == nullptr);
  }
}

TEST_CASE("relations: a reported passive after a person, her party in brackets and a relative clause") {
  SUBCASE("fr, \"dit avoir \xC3\xA9t\xC3\xA9 averti par\"") {
    const std::string text =
        "Marc Olivier (IPAC), qui si\xC3\xA8ge \xC3\xA0 la commission, dit avoir \xC3\xA9t\xC3\xA9 averti par l'ANSSI.";
    ExpectOnlyDirection(text, {"notified", "ANSSI", "Marc Olivier", "notified.passive", "averti"});
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "notified", "ANSSI", "IPAC") == nullptr);
  }
  SUBCASE("en, the party in brackets is not the one warned") {
    const std::string text = "Marc Olivier (IPAC), who sits on the committee, was warned by the FBI.";
    ExpectOnlyDirection(text, {"notified", "FBI", "Marc Olivier", "notified.passive", "warned"});
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "notified", "FBI", "IPAC") == nullptr);
  }
  SUBCASE("an active reported verb keeps its direction; an organization in brackets alone stays the argument") {
    ExpectOnlyDirection("L'ANSSI dit avoir averti Marc Olivier.",
                        {"notified", "ANSSI", "Marc Olivier", "notified.active", "dit avoir averti"});
    ExpectRelation("Helix Bank (NATO) was warned by the FBI.",
                   {"notified", "FBI", "NATO", "notified.passive", "warned"});
  }
}

// "Among the targets was X" after paragraphs on a group: the head is the group the text is about, named
// in earlier sentences, so the relation's head lies outside its sentence (unlike ExpectRelation's).
void ExpectContextHead(const std::string& text, const std::string& head, const std::string& tail,
                       const std::string& trigger) {
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, "targeted", head, tail);
  REQUIRE(r != nullptr);
  CHECK(r->rule == "targeted.among-victims");
  CHECK(Slice(doc.text, r->trigger_bytes) == trigger);
  CHECK(r->sentence_bytes.begin <= doc.entities[r->tail].bytes.begin);
  CHECK(doc.entities[r->tail].bytes.end <= r->sentence_bytes.end);
}

TEST_CASE("relations: targeted, \"among the victims was X\" takes the group the text is about") {
  SUBCASE("en, a person after paragraphs on the group") {
    ExpectContextHead("APT31 stole documents from parliaments in 2022. It used rented routers.\n\n"
                      "Among the targets was Marc Olivier, who sits in the Senate.",
                      "APT31", "Marc Olivier", "Among the targets");
  }
  SUBCASE("en, the group named most often wins over one named last, aliases counted together") {
    const std::string text = "APT31 phished ministries. Zirconium also used routers. The report mentions APT28 once.\n"
                             "Among the victims were Helix Bank and NATO.";
    ExpectContextHead(text, "Zirconium", "Helix Bank", "Among the victims");
    ExpectContextHead(text, "Zirconium", "NATO", "Among the victims");
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "targeted", "APT28", "Helix Bank") == nullptr);
  }
  SUBCASE("en, a group named in the sentence wins") {
    const std::string text = "APT28 was busy all year. APT28 phished ministries. Among the targets of APT31 was Helix Bank.";
    ExpectContextHead(text, "APT31", "Helix Bank", "Among the targets");
    Document doc = FixtureExtractor().Extract(text);
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "targeted", "APT28", "Helix Bank") == nullptr);
  }
  SUBCASE("fr, a person and a list") {
    ExpectContextHead("APT31 a men\xC3\xA9 une longue campagne d'espionnage. Parmi les victimes figure Marc Olivier.",
                      "APT31", "Marc Olivier", "Parmi les victimes");
    const std::string text = "Le groupe APT28 a vis\xC3\xA9 plusieurs institutions.\n"
                             "Parmi les organisations vis\xC3\xA9" "es figurent Helix Bank et l'ANSSI.";
    ExpectContextHead(text, "APT28", "Helix Bank", "Parmi les organisations vis\xC3\xA9" "es");
    ExpectContextHead(text, "APT28", "ANSSI", "Parmi les organisations vis\xC3\xA9" "es");
  }
  SUBCASE("\"one of those targeted was X\", \"l'une des cibles \u00e9tait X\"") {
    ExpectContextHead("APT31 phished ministries in 2022. It used rented routers.\n\n"
                      "One of those targeted was Professor Marc Olivier, a physicist.",
                      "APT31", "Marc Olivier", "One of those targeted");
    ExpectContextHead("APT31 a men\xC3\xA9 une longue campagne. L'une des cibles \xC3\xA9tait Marc Olivier.",
                      "APT31", "Marc Olivier", "L'une des cibles");
    ExpectNone("APT31 phished ministries. One of the targets, Helix Bank, said little.", "targeted");
    ExpectNone("APT31 a vis\xC3\xA9 des minist\xC3\xA8res. L'une des cibles, Helix Bank, n'a rien dit.", "targeted");
  }
  SUBCASE("no group named before: no relation") {
    ExpectNone("Helix Bank published a report. Among the victims was Marc Olivier.", "targeted");
    ExpectNone("La banque Helix Bank a publi\xC3\xA9 un rapport. Parmi les victimes figure Marc Olivier.", "targeted");
  }
  SUBCASE("no victim noun, or no verb before the name: no relation") {
    ExpectNone("APT31 was active in 2022. Among the signatories was Helix Bank.", "targeted");
    ExpectNone("APT31 \xC3\xA9tait actif en 2022. Parmi les signataires figure Helix Bank.", "targeted");
    ExpectNone("APT31 was active in 2022. Among the targets, Helix Bank said little.", "targeted");
  }
}

// A sanctions statement names its body, then its targets in a sentence of their own: the head is the
// latest statement's ("statement_head"), so it lies outside the relation's sentence.
void ExpectStatementHead(const std::string& text, const std::string& head, const std::string& tail,
                         const std::string& rule, const std::string& trigger) {
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  const Relation* r = FindRelation(doc, "sanctioned", head, tail);
  REQUIRE(r != nullptr);
  CHECK(r->rule == rule);
  CHECK(Slice(doc.text, r->trigger_bytes) == trigger);
  CHECK(r->sentence_bytes.begin <= doc.entities[r->tail].bytes.begin);
  CHECK(doc.entities[r->tail].bytes.end <= r->sentence_bytes.end);
}

TEST_CASE("relations: sanctioned, targets named after a statement with no named target") {
  SUBCASE("en, \"The three men, X, Y and Z, were designated\"") {
    const std::string text = "The Treasury Department imposed sanctions on a firm and three of its employees. "
                             "The three men, Lena Varga, Tomas Reyes and Ilya Brandt, were designated for their roles.";
    for (const char* name : {"Lena Varga", "Tomas Reyes", "Ilya Brandt"})
      ExpectStatementHead(text, "Treasury Department", name, "sanctioned.targets-named-after", "were designated");
  }
  SUBCASE("en, \"Among those sanctioned were X and Y\"") {
    const std::string text = "The UK on Tuesday sanctioned seven people and two entities. "
                             "Among those sanctioned were Lena Varga and Kestrel Systems.";
    ExpectStatementHead(text, "UK", "Lena Varga", "sanctioned.among-listed", "Among those sanctioned");
    ExpectStatementHead(text, "UK", "Kestrel Systems", "sanctioned.among-listed", "Among those sanctioned");
  }
  SUBCASE("fr, \"Parmi les personnes sanctionnées figurent X et Y\"") {
    const std::string text = "Le Royaume-Uni a adopt\xC3\xA9 des sanctions contre deux hommes. "
                             "Parmi les personnes sanctionn\xC3\xA9" "es figurent Lena Varga et Tomas Reyes.";
    ExpectStatementHead(text, "Royaume-Uni", "Tomas Reyes", "sanctioned.among-listed",
                        "Parmi les personnes sanctionn\xC3\xA9" "es");
  }
  SUBCASE("fr, \"Les deux hommes, X et Y, font l'objet d'un gel\"; \"X, qui ..., voit aussi ses avoirs gelés\"") {
    const std::string text = "Le Royaume-Uni a sanctionn\xC3\xA9 lundi deux hommes et une soci\xC3\xA9t\xC3\xA9. "
                             "Les deux hommes, Lena Varga et Tomas Reyes, font l'objet d'un gel de leurs avoirs. "
                             "Kestrel Systems, qui les employait, voit aussi ses avoirs gel\xC3\xA9s.";
    ExpectStatementHead(text, "Royaume-Uni", "Lena Varga", "sanctioned.targets-named-after", "font l'objet d'un gel");
    ExpectStatementHead(text, "Royaume-Uni", "Kestrel Systems", "sanctioned.targets-named-after",
                        "voit aussi ses avoirs gel\xC3\xA9s");
  }
  SUBCASE("negative: no statement, a lifted or negated one, one too far back, or a head in the sentence") {
    ExpectNone("Lena Varga and Tomas Reyes were designated for their roles.", "sanctioned");
    ExpectNone("The US lifted sanctions on Helix Bank. Among those sanctioned were Lena Varga and Tomas Reyes.",
               "sanctioned");
    ExpectNone("The UK has not sanctioned Helix Bank. Lena Varga and Tomas Reyes were designated for their roles.",
               "sanctioned");
    ExpectNone("La France n'a pas sanctionn\xC3\xA9 Helix Bank. Lena Varga fait l'objet d'un gel de ses avoirs.",
               "sanctioned");
    ExpectNoRelation(
        "The UK sanctioned Helix Bank. It is based in Lyon. It has many clients. The FBI opened a case. "
        "Nobody commented. Lena Varga was sanctioned last year.", "sanctioned", "UK", "Lena Varga");
    ExpectNoRelation(
        "The UK sanctioned Helix Bank. The FBI said Lena Varga was sanctioned last year.", "sanctioned", "UK", "Lena Varga");
    // "designated as": a role, not a listing.
    ExpectNoRelation(
        "The UK sanctioned Helix Bank. Marc Olivier was designated as the bank's liaison officer.", "sanctioned", "UK", "Marc Olivier");
  }
}

TEST_CASE("relations: sanctioned, a coordinated statement lends both heads to the targets named after") {
  const std::string en = "The UK and France on Monday imposed coordinated sanctions on five officers. "
                         "Those designated are Lena Varga and Tomas Reyes.";
  ExpectStatementHead(en, "UK", "Tomas Reyes", "sanctioned.among-listed", "Those designated");
  ExpectStatementHead(en, "France", "Lena Varga", "sanctioned.among-listed", "Those designated");
  const std::string fr = "Le Royaume-Uni et la France ont adopt\xC3\xA9 des sanctions contre deux hommes. "
                         "Parmi les personnes sanctionn\xC3\xA9" "es figurent Lena Varga et Tomas Reyes.";
  ExpectStatementHead(fr, "France", "Tomas Reyes", "sanctioned.among-listed",
                      "Parmi les personnes sanctionn\xC3\xA9" "es");
  ExpectStatementHead(fr, "Royaume-Uni", "Lena Varga", "sanctioned.among-listed",
                      "Parmi les personnes sanctionn\xC3\xA9" "es");
  // Negative: a country before a comma only is no second head.
  Document doc = FixtureExtractor().Extract(
      "After talks with France, the UK imposed sanctions on five officers. Those designated are Lena Varga and Tomas "
      "Reyes.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "sanctioned", "UK", "Lena Varga") != nullptr);
  CHECK(FindRelation(doc, "sanctioned", "France", "Lena Varga") == nullptr);
}

TEST_CASE("relations: sanctioned, \"The measures target X\", \"Also designated were X, as well as Y\"") {
  ExpectStatementHead("The UK imposed sanctions on two companies on Monday. The measures target Helix Bank and "
                      "Kestrel Systems.",
                      "UK", "Kestrel Systems", "sanctioned.measures-target", "The measures");
  const std::string fr = "Le Royaume-Uni a adopt\xC3\xA9 lundi des sanctions contre deux entreprises. Les mesures, "
                         "prises au titre du r\xC3\xA9gime cyber, visent Helix Bank et Kestrel Systems.";
  ExpectStatementHead(fr, "Royaume-Uni", "Helix Bank", "sanctioned.measures-target", "Les mesures");
  ExpectStatementHead(fr, "Royaume-Uni", "Kestrel Systems", "sanctioned.measures-target", "Les mesures");
  const std::string alongside = "The US Treasury sanctioned a firm on Tuesday. Designated alongside the firm were "
                                "its director, Lena Varga, as well as Tomas Reyes and Ilya Brandt.";
  for (const char* name : {"Lena Varga", "Tomas Reyes", "Ilya Brandt"})
    ExpectStatementHead(alongside, "US Treasury", name, "sanctioned.among-listed", "Designated alongside");
  ExpectStatementHead("The UK sanctioned a bank on Friday. Also sanctioned were Lena Varga and Tomas Reyes.", "UK",
                      "Tomas Reyes", "sanctioned.among-listed", "Also sanctioned");
  SUBCASE("negative: no statement before, or no listing verb") {
    ExpectNone("The measures target Helix Bank and Kestrel Systems.", "sanctioned");
    ExpectNone("Les mesures visent Helix Bank.", "sanctioned");
    ExpectNone("Also sanctioned were Lena Varga and Tomas Reyes.", "sanctioned");
    ExpectNone("The UK imposed sanctions on two companies. The measures were criticised by Helix Bank.", "sanctioned");
  }
}

TEST_CASE("relations: sanctioned, the body of people sanctioned, a suspicion or a speaker is no target") {
  SUBCASE("officers of a body") {
    Document doc = FixtureExtractor().Extract(
        "The United Kingdom imposed sanctions on five officers of Russia's National Cyber Security Centre.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "sanctioned", "United Kingdom", "Russia") == nullptr);
    CHECK(FindRelation(doc, "sanctioned", "United Kingdom", "National Cyber Security Centre") == nullptr);
    ExpectNone("La France a sanctionn\xC3\xA9 deux membres de l'ANSSI.", "sanctioned");
    // A possessor whose unnamed unit is sanctioned ("the FBI's cyber unit"); a possessed name stays a target.
    ExpectNone("The UK imposed sanctions on the FBI's cyber unit.", "sanctioned");
    ExpectRelation("The UK imposed sanctions on Russia's FBI.",
                   {"sanctioned", "UK", "FBI", "sanctioned.active", "imposed sanctions on"});
    // The body named before the officers stays a target.
    ExpectRelation("The UK imposed sanctions on Helix Bank and five officers of the FBI.",
                   {"sanctioned", "UK", "Helix Bank", "sanctioned.active", "imposed sanctions on"});
  }
  SUBCASE("officers named after the body: \"trois officiers du FBI, dont X et Y\"") {
    ExpectRelation("La France a adopt\xC3\xA9 des sanctions contre trois officiers du FBI, dont Lena Varga et Tomas Reyes.",
                   {"sanctioned", "France", "Tomas Reyes", "sanctioned.named-officers.fr", "des sanctions contre"});
    ExpectRelation("The UK imposed sanctions on three officers of the FBI, including Lena Varga and Tomas Reyes.",
                   {"sanctioned", "UK", "Lena Varga", "sanctioned.named-officers.en", "imposed sanctions on"});
    Document doc = FixtureExtractor().Extract(
        "La France a adopt\xC3\xA9 des sanctions contre trois officiers du FBI, dont Lena Varga et Tomas Reyes.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "sanctioned", "France", "FBI") == nullptr);
  }
  SUBCASE("a group the targets are accused of helping or linked to") {
    ExpectNone("La France a adopt\xC3\xA9 des sanctions contre deux entreprises, accus\xC3\xA9" "es d'avoir aid\xC3\xA9 APT31.",
               "sanctioned");
    ExpectNone("The UK imposed sanctions on two firms accused of helping APT31.", "sanctioned");
    ExpectNone("La France sanctionne deux soci\xC3\xA9t\xC3\xA9s li\xC3\xA9" "es au groupe APT31.", "sanctioned");
  }
  SUBCASE("the speaker of a reporting clause") {
    Document doc = FixtureExtractor().Extract(
        "Les \xC3\x89tats-Unis avaient d\xC3\xA9j\xC3\xA0 sanctionn\xC3\xA9 Lena Varga en janvier, a rappel\xC3\xA9 l'ANSSI.");
    INFO(Describe(doc));
    CHECK(FindRelation(doc, "sanctioned", "\xC3\x89tats-Unis", "ANSSI") == nullptr);
    CHECK(FindRelation(doc, "sanctioned", "\xC3\x89tats-Unis", "Lena Varga") != nullptr);
    ExpectNone("The UK sanctioned a bank last year, said the FBI.", "sanctioned");
  }
}

TEST_CASE("relations: accused, charges, indictments and arrests on suspicion") {
  ExpectRelation("The FBI charged Lena Varga and Tomas Reyes with conspiracy.",
                 {"accused", "FBI", "Tomas Reyes", "accused.charged", "charged"});
  ExpectRelation("La France a mis en examen Lena Varga pour espionnage.",
                 {"accused", "France", "Lena Varga", "accused.charged", "a mis en examen"});
  ExpectRelation("Lena Varga was indicted by the FBI in May.",
                 {"accused", "FBI", "Lena Varga", "accused.charged-passive", "was indicted"});
  ExpectRelation("Lena Varga a \xC3\xA9t\xC3\xA9 inculp\xC3\xA9" "e par la France.",
                 {"accused", "France", "Lena Varga", "accused.charged-passive", "a \xC3\xA9t\xC3\xA9 inculp\xC3\xA9" "e"});
  ExpectRelation("The FBI arrested Lena Varga, suspected of helping APT31.",
                 {"accused", "FBI", "Lena Varga", "accused.arrested-suspected", "arrested"});
  ExpectRelation("La France a interpell\xC3\xA9 Lena Varga, soup\xC3\xA7onn\xC3\xA9" "e d'avoir aid\xC3\xA9 APT31.",
                 {"accused", "France", "Lena Varga", "accused.arrested-suspected", "a interpell\xC3\xA9"});
  ExpectRelation("Le FBI a ouvert une enqu\xC3\xAAte et fait arr\xC3\xAAter \xC3\xA0 Lyon Lena Varga, soup\xC3\xA7onn\xC3\xA9" "e d'avoir aid\xC3\xA9 APT31.",
                 {"accused", "FBI", "Lena Varga", "accused.arrested-suspected", "fait arr\xC3\xAAter"});
  ExpectRelation("L'ANSSI a interpell\xC3\xA9 deux hommes, Lena Varga et Tomas Reyes, que l'ANSSI accuse d'avoir vendu des donn\xC3\xA9" "es.",
                 {"accused", "ANSSI", "Tomas Reyes", "accused.relative-suspects", "accuse d'"});
  // "la police" stands for the agency named before it.
  ExpectRelation("Le FBI a arr\xC3\xAAt\xC3\xA9 deux hommes, Lena Varga et Tomas Reyes, que la police soup\xC3\xA7onne d'espionnage.",
                 {"accused", "FBI", "Lena Varga", "accused.relative-suspects", "soup\xC3\xA7onne d'"});
  SUBCASE("negative: a charge with no agent, an arrest with no suspicion, a fee, a list before the verb") {
    ExpectNone("Lena Varga et la France accusent d'autres pays.", "accused");
    ExpectNone("Lena Varga was charged with fraud.", "accused");
    ExpectNone("The FBI arrested Lena Varga in Lyon on Monday.", "accused");
    ExpectNone("La France a interpell\xC3\xA9 Lena Varga lundi.", "accused");
    ExpectNone("The FBI charged a fee to Helix Bank.", "accused");
  }
}

TEST_CASE("relations: sanctioned, \"X said Y would face an asset freeze\"") {
  ExpectRelation("The Treasury Department said Lena Varga would face an asset freeze.",
                 {"sanctioned", "Treasury Department", "Lena Varga", "sanctioned.said-asset-freeze",
                  "would face an asset freeze"});
  ExpectRelation("Le Royaume-Uni a pr\xC3\xA9" "cis\xC3\xA9 que Lena Varga faisait d\xC3\xA9sormais l'objet d'un gel des avoirs.",
                 {"sanctioned", "Royaume-Uni", "Lena Varga", "sanctioned.said-asset-freeze",
                  "faisait d\xC3\xA9sormais l'objet d'un gel"});
  // Negative: a body inside an apposition is no head ("X, an officer of the FBI, and Y").
  ExpectNoRelation(
      "The UK said Lena Varga, a contractor of the FBI, and Tomas Reyes would face an asset freeze.", "sanctioned", "FBI", "Tomas Reyes");
}

TEST_CASE("relations: lists joined by \"as well as\" and by repeated articles with state nouns") {
  ExpectRelation("The US Treasury sanctioned Helix Bank, Lena Varga as well as Tomas Reyes.",
                 {"sanctioned", "US Treasury", "Tomas Reyes", "sanctioned.active", "sanctioned"});
  ExpectRelation("The US Treasury sanctioned Helix Bank, Lena Varga as well as Tomas Reyes.",
                 {"sanctioned", "US Treasury", "Lena Varga", "sanctioned.active", "sanctioned"});
  ExpectRelation("La France a sanctionn\xC3\xA9 des \xC3\xA9lus chinois ainsi que des ministres fran\xC3\xA7" "ais.",
                 {"sanctioned", "France", "chinois", "sanctioned.active", "a sanctionn\xC3\xA9"});
  ExpectRelation("The UK sanctioned Chinese lawmakers and Russian ministers.",
                 {"sanctioned", "UK", "Russian", "sanctioned.active", "sanctioned"});
  // Negative: a content word other than a state noun still ends the list.
  ExpectNoRelation("The UK sanctioned Helix Bank as well as hackers in Russia.", "sanctioned", "UK", "Russia");
}

TEST_CASE("relations: member-of by staff nouns and roles (\"employees of X, A and B\", \"X employees A\")") {
  ExpectRelation("Three employees of Kestrel Systems, Lena Varga, Tomas Reyes and Ilya Brandt, were charged.",
                 {"member-of", "Ilya Brandt", "Kestrel Systems", "member.staff-apposition", "employees of"});
  ExpectRelation("Trois salari\xC3\xA9s de Kestrel Systems, Lena Varga, Tomas Reyes et Ilya Brandt, ont \xC3\xA9t\xC3\xA9 inculp\xC3\xA9s.",
                 {"member-of", "Lena Varga", "Kestrel Systems", "member.staff-apposition", "salari\xC3\xA9s de"});
  ExpectRelation("Kestrel Systems employees Lena Varga and Tomas Reyes were charged.",
                 {"member-of", "Tomas Reyes", "Kestrel Systems", "member.premodifier", "employees"});
  ExpectRelation("Lena Varga, directrice technique de Kestrel Systems, a d\xC3\xA9missionn\xC3\xA9.",
                 {"member-of", "Lena Varga", "Kestrel Systems", "member.works-at", "directrice technique de"});
  ExpectRelation("Lena Varga, who is employed by Kestrel Systems, was charged.",
                 {"member-of", "Lena Varga", "Kestrel Systems", "member.works-at", "employed by"});
  // Negative: former staff, and a person who merely speaks after the apposition's body.
  ExpectNone("Former employees of Kestrel Systems, Lena Varga and Tomas Reyes, spoke to reporters.", "member-of");
  ExpectNone("Anciens salari\xC3\xA9s de Kestrel Systems, Lena Varga et Tomas Reyes ont t\xC3\xA9moign\xC3\xA9.", "member-of");
  ExpectNone("Lena Varga sued Kestrel Systems employees.", "member-of");
}

TEST_CASE("relations: notified, a pronoun for the person named in the sentence before (\"She was warned by\", \"Elle a \xC3\xA9t\xC3\xA9 inform\xC3\xA9" "e par\")") {
  ExpectRelationAcrossSentences("Marc Olivier sits on the defence committee. He was warned by the NCSC in May.",
                 {"notified", "NCSC", "Marc Olivier", "notified.passive", "warned"});
  ExpectRelationAcrossSentences("La s\xC3\xA9natrice Jane Roe fait partie des \xC3\xA9lus vis\xC3\xA9s. Elle a \xC3\xA9t\xC3\xA9 inform\xC3\xA9" "e par l'ANSSI.",
                 {"notified", "ANSSI", "Jane Roe", "notified.passive", "inform\xC3\xA9" "e"});
  ExpectRelationAcrossSentences("Marc Olivier si\xC3\xA8ge \xC3\xA0 la commission. L'ANSSI l'a appris et il a \xC3\xA9t\xC3\xA9 averti par le NCSC.",
                 {"notified", "NCSC", "Marc Olivier", "notified.passive", "averti"});
  // Negative: no person before the pronoun, a person two sentences back, a negated passive.
  ExpectNone("Elle a \xC3\xA9t\xC3\xA9 inform\xC3\xA9" "e par l'ANSSI.", "notified");
  ExpectNone("Helix Bank was breached. He was warned by the NCSC.", "notified");
  ExpectNone("Marc Olivier sits on the committee. The report was long. He was warned by the NCSC.", "notified");
  ExpectNone("La s\xC3\xA9natrice Jane Roe fait partie des \xC3\xA9lus vis\xC3\xA9s. Elle n'a pas \xC3\xA9t\xC3\xA9 inform\xC3\xA9" "e par l'ANSSI.", "notified");
}

TEST_CASE("relations: notified, \"I\" / \"je\" in a quote is its speaker") {
  // The speaker named after the quote wins over the person named before it.
  Document en = FixtureExtractor().Extract(
      "Marc Olivier was among the targets. \xE2\x80\x9CI was warned by the FBI in March,\xE2\x80\x9D said Senator Jane Roe.");
  INFO(Describe(en));
  CHECK(FindRelation(en, "notified", "FBI", "Jane Roe") != nullptr);
  CHECK(FindRelation(en, "notified", "FBI", "Marc Olivier") == nullptr);
  // A quote given to a pronoun: the person named before.
  Document fr = FixtureExtractor().Extract(
      "Parmi les victimes figure Marc Olivier. \xC2\xAB J'ai \xC3\xA9t\xC3\xA9 pr\xC3\xA9venu par l'ANSSI et par le NCSC, mais tard \xC2\xBB, a-t-il confi\xC3\xA9.");
  INFO(Describe(fr));
  CHECK(FindRelation(fr, "notified", "ANSSI", "Marc Olivier") != nullptr);
  CHECK(FindRelation(fr, "notified", "NCSC", "Marc Olivier") != nullptr);
  // Negative: no person named, or the speaker does not say he was warned.
  ExpectNone("\xC2\xAB J'ai \xC3\xA9t\xC3\xA9 pr\xC3\xA9venu par l'ANSSI \xC2\xBB, a-t-il confi\xC3\xA9.", "notified");
  // The speaker may be the one who warned.
  Document active = FixtureExtractor().Extract("Marc Olivier was among the targets. \xE2\x80\x9CI warned the FBI in March,\xE2\x80\x9D he said.");
  INFO(Describe(active));
  CHECK(FindRelation(active, "notified", "Marc Olivier", "FBI") != nullptr);
  CHECK(FindRelation(active, "notified", "FBI", "Marc Olivier") == nullptr);
}

TEST_CASE("relations: notified, a person's titles after the trigger are no gap (\"a inform\xC3\xA9 la d\xC3\xA9put\xC3\xA9" "e n\xC3\xA9o-d\xC3\xA9mocrate X\")") {
  ExpectRelation("L'ANSSI a \xC3\xA9galement inform\xC3\xA9 la s\xC3\xA9natrice n\xC3\xA9o-d\xC3\xA9mocrate Jane Roe qu'elle \xC3\xA9tait vis\xC3\xA9" "e.",
                 {"notified", "ANSSI", "Jane Roe", "notified.active", "a \xC3\xA9galement inform\xC3\xA9"});
  ExpectRelation("The NCSC warned the French Senator Marc Olivier last week.",
                 {"notified", "NCSC", "Marc Olivier", "notified.active", "warned"});
  // Negative: a common noun before the titled name is the one warned.
  ExpectNone("The NCSC warned the press office of Senator Marc Olivier.", "notified");
}

TEST_CASE("relations: notified, \"notifi\xC3\xA9 par\", a warning from X to Y, a warning received from X") {
  ExpectRelation("Helix Bank avait \xC3\xA9t\xC3\xA9 notifi\xC3\xA9" "e de l'intrusion par l'ANSSI deux jours plus t\xC3\xB4t.",
                 {"notified", "ANSSI", "Helix Bank", "notified.passive", "notifi\xC3\xA9" "e"});
  ExpectRelation("The breach came to light after a warning from the FBI to Helix Bank.",
                 {"notified", "FBI", "Helix Bank", "notified.noun", "a warning from"});
  ExpectRelation("L'affaire a \xC3\xA9" "clat\xC3\xA9 apr\xC3\xA8s une alerte de l'ANSSI \xC3\xA0 la Banque Helix.",
                 {"notified", "ANSSI", "Banque Helix", "notified.noun", "une alerte de"});
  ExpectRelation("Helix Bank received a warning from the NCSC in May.",
                 {"notified", "NCSC", "Helix Bank", "notified.received", "received a warning from"});
  ExpectRelation("La Banque Helix a re\xC3\xA7u une alerte de l'ANSSI en mai.",
                 {"notified", "ANSSI", "Banque Helix", "notified.received", "a re\xC3\xA7u une alerte de"});
  // Negative: the notifier reports to an agency, a warning about someone, a warning never received.
  ExpectNoRelation("Helix Bank a notifi\xC3\xA9 l'intrusion \xC3\xA0 l'ANSSI.", "notified", "ANSSI", "Helix Bank");
  ExpectNone("The FBI issued a warning from its field office about Helix Bank.", "notified");
  ExpectNone("Helix Bank never received a warning from the NCSC.", "notified");
}

TEST_CASE("relations: notified, a name after a common noun and \"and\" (\"informed the targeted MPs and the NCSC\")") {
  ExpectRelation("The FBI had informed the targeted lawmakers and the NCSC in the spring.",
                 {"notified", "FBI", "NCSC", "notified.after-common-noun", "informed"});
  ExpectRelation("L'ANSSI a averti les \xC3\xA9lus locaux et l'OTAN d\xC3\xA8s avril.",
                 {"notified", "ANSSI", "OTAN", "notified.after-common-noun", "a averti"});
  // Negative: "and" opens a clause (a verb before or after the name), or the name is what the warning is about.
  ExpectNone("The FBI warned lawmakers and urged Germany to act.", "notified");
  ExpectNone("The FBI warned lawmakers and the NCSC opened an inquiry.", "notified");
  ExpectNone("L'ANSSI a pr\xC3\xA9venu les \xC3\xA9lus et la Belgique a ouvert une enqu\xC3\xAAte.", "notified");
  ExpectNone("The FBI warned lawmakers about threats and the NCSC.", "notified");
}

TEST_CASE("relations: notified, a French object pronoun before the auxiliary (\"l'ont pr\xC3\xA9venue\")") {
  ExpectRelationAcrossSentences("La s\xC3\xA9natrice Jane Roe a \xC3\xA9t\xC3\xA9 vis\xC3\xA9" "e. Les services de l'ANSSI l'ont pr\xC3\xA9venue en mai.",
                       {"notified", "ANSSI", "Jane Roe", "notified.object-pronoun", "ont pr\xC3\xA9venue"});
  ExpectRelationAcrossSentences("Marc Olivier a \xC3\xA9t\xC3\xA9 vis\xC3\xA9. L'ANSSI affirme l'avoir averti d\xC3\xA8s avril.",
                       {"notified", "ANSSI", "Marc Olivier", "notified.object-pronoun", "avoir averti"});
  // Negative: a negated verb, another verb, "l'" as an article, no person named before.
  ExpectNone("Marc Olivier a \xC3\xA9t\xC3\xA9 vis\xC3\xA9. L'ANSSI ne l'a pas pr\xC3\xA9venu.", "notified");
  ExpectNone("Marc Olivier a \xC3\xA9t\xC3\xA9 vis\xC3\xA9. L'ANSSI l'a publi\xC3\xA9 en mai.", "notified");
  ExpectNone("Le rapport a \xC3\xA9t\xC3\xA9 publi\xC3\xA9. L'ANSSI l'a pr\xC3\xA9venu en mai.", "notified");
}

TEST_CASE("relations: notified, a body's warning to someone (\"the NCSC's warning to\", \"l'avertissement de l'ANSSI \xC3\xA0\", \"a signal\xC3\xA9 \xC3\xA0\")") {
  ExpectRelation("The NCSC's warning to Helix Bank came late.",
                 {"notified", "NCSC", "Helix Bank", "notified.possessive-noun", "'s warning to"});
  ExpectRelation("L'avertissement de l'ANSSI \xC3\xA0 la Banque Helix est arriv\xC3\xA9 tard.",
                 {"notified", "ANSSI", "Banque Helix", "notified.noun", "L'avertissement de"});
  ExpectRelation("L'ANSSI a signal\xC3\xA9 \xC3\xA0 la Banque Helix que ses serveurs \xC3\xA9taient compromis.",
                 {"notified", "ANSSI", "Banque Helix", "notified.active", "a signal\xC3\xA9 \xC3\xA0"});
  // Negative: a state's warning is a threat; a warning with no one it is sent to.
  ExpectNone("Russia's warning to NATO was clear.", "notified");
  ExpectNone("A warning from Russia to NATO was clear.", "notified");
  ExpectNone("Selon le signalement de l'ANSSI, la Banque Helix a ferm\xC3\xA9.", "notified");
}

TEST_CASE("relations: notified, a capitalized anaphor (\"le Centre\") is the short form of a name several sentences back") {
  const std::string filler = " The report was long. It listed many flaws. Few were new. The FBI opened an inquiry.";
  ExpectRelationAcrossSentences("The Centre for Cyber Vigilance published a report." + filler + " The Centre warned Helix Bank.",
                       {"notified", "Centre for Cyber Vigilance", "Helix Bank", "notified.active", "warned"});
  ExpectRelationAcrossSentences("Le Centre for Cyber Vigilance a publi\xC3\xA9 un rapport. Il \xC3\xA9tait long. Il citait des failles. "
                       "Peu \xC3\xA9taient nouvelles. Le FBI a ouvert une enqu\xC3\xAAte. Le Centre a averti la Banque Helix.",
                       {"notified", "Centre for Cyber Vigilance", "Banque Helix", "notified.active", "a averti"});
  // Negative: no centre named, so the capitalized anaphor is nobody; lower case keeps the three-sentence window.
  Document none = FixtureExtractor().Extract("The report was long. The Centre warned Helix Bank.");
  INFO(Describe(none));
  CHECK(none.relations.empty());
  ExpectNoRelation("The Centre for Cyber Vigilance published a report." + filler +
                                            " Then the centre warned Helix Bank.", "notified", "Centre for Cyber Vigilance", "Helix Bank");
}

TEST_CASE("relations: notified, \"made aware by\", \"mis au courant par\"") {
  ExpectRelation("Helix Bank was made aware of the breach by the NCSC.",
                 {"notified", "NCSC", "Helix Bank", "notified.passive", "made aware"});
  ExpectRelation("La Banque Helix a \xC3\xA9t\xC3\xA9 mise au courant par l'ANSSI en mai.",
                 {"notified", "ANSSI", "Banque Helix", "notified.passive", "mise au courant"});
  ExpectRelation("L'ANSSI a mis au courant la Banque Helix.",
                 {"notified", "ANSSI", "Banque Helix", "notified.active", "a mis au courant"});
  // Negative: negated, and the one told of something is a common noun.
  ExpectNone("La Banque Helix n'a pas \xC3\xA9t\xC3\xA9 mise au courant par l'ANSSI.", "notified");
  ExpectNone("L'ANSSI a mis au courant la presse des attaques contre la Banque Helix.", "notified");
}

TEST_CASE("relations: targeted, \"victims, including X\" takes the group the text is about") {
  SUBCASE("en and fr") {
    ExpectRelationAcrossSentences("APT31 phished ministries in 2022. The FBI warned dozens of victims, including Marc Olivier.",
                   {"targeted", "APT31", "Marc Olivier", "targeted.victims-including", "victims, including"});
    ExpectRelationAcrossSentences("APT28 a men\xC3\xA9 une campagne. L'ANSSI a pr\xC3\xA9venu des victimes, dont le d\xC3\xA9put\xC3\xA9 Marc Olivier.",
                   {"targeted", "APT28", "Marc Olivier", "targeted.victims-including", "victimes, dont"});
  }
  SUBCASE("potential victims, or no group before: no relation") {
    ExpectNone("APT31 phished ministries. The FBI warned potential victims, including Marc Olivier.", "targeted");
    ExpectNone("Helix Bank published a report. The FBI warned victims, including Marc Olivier.", "targeted");
    ExpectNone("La banque Helix Bank a publi\xC3\xA9 un rapport. L'ANSSI a pr\xC3\xA9venu des victimes, dont Marc Olivier.",
               "targeted");
  }
}

TEST_CASE("relations: \"the ministry\", \"le ministère\" stand only for a ministry named before") {
  SUBCASE("en and fr: a title pointing back to the body") {
    ExpectRelationAcrossSentences("The Ministry of Justice opened a case. The head of the ministry, Marc Olivier, spoke.",
                   {"leads", "Marc Olivier", "Ministry of Justice", "leads.fronted", "head of"});
    ExpectRelationAcrossSentences("Le minist\xC3\xA8re de la Justice a port\xC3\xA9 plainte. Le chef du minist\xC3\xA8re, Marc Olivier, a parl\xC3\xA9.",
                   {"leads", "Marc Olivier", "minist\xC3\xA8re de la Justice", "leads.fronted", "chef du"});
  }
  SUBCASE("no ministry named: not the agency named last") {
    const std::string text = "The FBI opened a case. The head of the ministry, Marc Olivier, spoke.";
    ExpectNoRelation(text, "leads", "Marc Olivier", "FBI");
    ExpectNone("Le FBI a ouvert une enqu\xC3\xAAte. Le chef du minist\xC3\xA8re, Marc Olivier, a parl\xC3\xA9.", "leads");
  }
}

TEST_CASE("relations: an anaphor said again keeps the antecedent it had, beyond the window") {
  const std::string text = "The Centre for Cyber Vigilance published a report. According to the centre, APT31 did it. "
                           "The FBI agreed. Helix Bank lost data. The centre warned Helix Bank.";
  Document doc = FixtureExtractor().Extract(text);
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "notified", "Centre for Cyber Vigilance", "Helix Bank") != nullptr);
  CHECK(FindRelation(doc, "notified", "FBI", "Helix Bank") == nullptr);
}

TEST_CASE("relations: \"the same group\" looks back through the whole document") {
  const std::string filler = "Helix Bank lost data. The FBI agreed. NATO said little. ";
  SUBCASE("fr: attributed to the same group, an attack on X") {
    const std::string text = "APT31 a vol\xC3\xA9 des documents. " + filler +
                             "L'ANSSI a attribu\xC3\xA9 au m\xC3\xAAme groupe une attaque contre Helix Bank.";
    ExpectRelationAcrossSentences(text, {"targeted", "APT31", "Helix Bank", "targeted.nominal.agent", "attaque contre"});
    ExpectRelationAcrossSentences(text, {"accused", "ANSSI", "APT31", "accused.active", "a attribu\xC3\xA9 au"});
  }
  SUBCASE("en") {
    ExpectRelationAcrossSentences("APT31 stole documents. " + filler + "The same group breached Marc Olivier's mailbox.",
                   {"targeted", "APT31", "Marc Olivier", "targeted.active", "breached"});
  }
  SUBCASE("\"the group\" alone still looks three sentences back") {
    ExpectNone("APT31 stole documents. " + filler + "The group breached Marc Olivier's mailbox.", "targeted");
  }
}

TEST_CASE("relations: attributed-to, an agency or state that runs a group") {
  ExpectRelation("Officers from China who run APT31 were named.",
                 {"attributed-to", "APT31", "China", "attributed.runs", "run"});
  ExpectNone("China said that criminals run APT31 servers.", "attributed-to");
  ExpectNone("The FBI ran a sting on APT31 last year.", "attributed-to");
  ExpectNone("La Chine affirme que des criminels contr\xC3\xB4lent APT31.", "attributed-to");
}

TEST_CASE("relations: attributed-to, a group \"believed to work for\" a state, \"qui travaillerait pour\"") {
  ExpectRelation("APT31, believed to work for China, phished ministries.",
                 {"attributed-to", "APT31", "China", "attributed.active.en", "believed to work for"});
  ExpectRelation("Le groupe APT31, qui travaillerait pour la Chine, a vis\xC3\xA9 des minist\xC3\xA8res.",
                 {"attributed-to", "APT31", "Chine", "attributed.fr", "travaillerait pour"});
  ExpectNone("APT31 phished ministries; researchers who work for China said so.", "attributed-to");
}


TEST_CASE("relations: member-of and leads, a possessive title in apposition after the person (\"X, its chief executive,\")") {
  ExpectRelationAcrossSentences("Kestrel Systems was breached in May. Lena Varga, its chief executive, resigned.",
                 {"leads", "Lena Varga", "Kestrel Systems", "leads.possessive-apposition", "chief executive"});
  ExpectRelationAcrossSentences("L'ANSSI a publi\xC3\xA9 un avis. Marc Olivier, son directeur technique, a confirm\xC3\xA9.",
                 {"member-of", "Marc Olivier", "ANSSI", "member.possessive-apposition", "directeur technique"});
  // A deputy or technical director is a member, not the leader.
  ExpectNone("L'ANSSI a publi\xC3\xA9 un avis. Marc Olivier, son directeur technique, a confirm\xC3\xA9.", "leads");
  // Negative: a former head, and a name coordinated with the possessive rather than in apposition.
  ExpectNone("Kestrel Systems was breached. Lena Varga, its former director, spoke.", "leads");
  ExpectNone("Kestrel Systems was breached. Lena Varga and its spokesman met.", "member-of");
}

TEST_CASE("relations: a possessive passes over an agent after \"par\" and a name qualifying a person") {
  ExpectRelationAcrossSentences(
      "Le minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res a confirm\xC3\xA9 les faits. Interrog\xC3\xA9 par l'ANSSI, "
      "son porte-parole, Marc Olivier, a indiqu\xC3\xA9 que tout allait bien.",
      {"member-of", "Marc Olivier", "minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res", "member.premodifier", "porte-parole"});
  ExpectNoRelation(
      "Le minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res a confirm\xC3\xA9 les faits. Interrog\xC3\xA9 par l'ANSSI, "
      "son porte-parole, Marc Olivier, a indiqu\xC3\xA9 que tout allait bien.", "member-of", "Marc Olivier", "ANSSI");
  // "IPAC MP Lena Varga" qualifies a person inside the sentence: the possessive speaks of Helix Bank.
  ExpectRelationAcrossSentences("Among those targeted were IPAC MP Lena Varga and staff at Helix Bank. Its director, Marc Olivier, "
                 "said the hackers posed as officials.",
                 {"leads", "Marc Olivier", "Helix Bank", "leads.premodifier", "director"});
  // Negative: opening the sentence, the qualifying name is its subject and keeps the possessive.
  Document subject = FixtureExtractor().Extract(
      "NATO director Lena Varga said her agency had alerted Helix Bank. Its spokesman, Marc Olivier, confirmed it.");
  INFO(Describe(subject));
  CHECK(FindRelation(subject, "member-of", "Marc Olivier", "NATO") != nullptr);
  CHECK(FindRelation(subject, "member-of", "Marc Olivier", "Helix Bank") == nullptr);
}

TEST_CASE("relations: a company noun before a possessive makes it speak of the latest organization") {
  ExpectRelationAcrossSentences("The FBI said Kestrel Systems had served as a front. Designated alongside the firm were its managing "
                 "director, Marc Olivier, and two engineers.",
                 {"leads", "Marc Olivier", "Kestrel Systems", "leads.premodifier", "managing director"});
  ExpectNone("The FBI said Kestrel Systems had served as a front. Designated alongside the firm were its managing "
             "director, Marc Olivier, and two engineers.", "member-of");
  ExpectNoRelation(
      "The FBI said Kestrel Systems had served as a front. Designated alongside the firm were its managing director, "
      "Marc Olivier, and two engineers.", "leads", "Marc Olivier", "FBI");
  // Negative: the firm is never named, so the possessive stands for nothing (not for the FBI).
  ExpectNone("The FBI named a firm. Designated alongside the firm were its managing director, Marc Olivier, and others.",
             "leads");
}

TEST_CASE("relations: member-of, a title of several words before the name (\"EU foreign policy spokesperson X\")") {
  ExpectRelation("NATO foreign policy spokesperson Marc Olivier condemned the attack.",
                 {"member-of", "Marc Olivier", "NATO", "member.premodifier", "foreign policy spokesperson"});
  ExpectRelation("US Treasury under secretary Marc Olivier announced the sanctions.",
                 {"member-of", "Marc Olivier", "US Treasury", "member.premodifier", "under secretary"});
  // Negative: a verb between the body and the title.
  ExpectNone("NATO said foreign policy spokesperson Marc Olivier was away.", "member-of");
}

TEST_CASE("relations: member-of, an apposition with the body before the role (\"X, a senior FBI officer\")") {
  ExpectRelation("Marc Olivier, a senior FBI officer, was charged in absentia.",
                 {"member-of", "Marc Olivier", "FBI", "member.apposition-premodifier", "officer"});
  ExpectRelation("Lena Varga, an IPAC member who sits on the defence committee, was targeted.",
                 {"member-of", "Lena Varga", "IPAC", "member.apposition-premodifier", "member"});
  // Negative: no comma, so no apposition: the person met an officer; and a former officer.
  ExpectNone("Marc Olivier met a senior FBI officer in Lyon.", "member-of");
  ExpectNone("Marc Olivier, a former FBI officer, was charged.", "member-of");
}

TEST_CASE("relations: member-of, a committee of the body (\"membre de la commission des finances de l'Assembl\xC3\xA9" "e\")") {
  ExpectRelation("Marc Olivier, membre de la commission des finances de l'Assembl\xC3\xA9" "e nationale, a \xC3\xA9t\xC3\xA9 vis\xC3\xA9.",
                 {"member-of", "Marc Olivier", "Assembl\xC3\xA9" "e nationale", "member.committee-of", "membre de la commission"});
  ExpectRelation("Lena Varga, a member of the foreign affairs committee of NATO, was targeted.",
                 {"member-of", "Lena Varga", "NATO", "member.committee-of.en", "member of the"});
  // Negative: the body is not the committee's ("," and "et" end the committee's name; no "committee of").
  ExpectNone("Marc Olivier, membre de la commission des finances, et l'Assembl\xC3\xA9" "e nationale ont \xC3\xA9t\xC3\xA9 vis\xC3\xA9s.",
             "member-of");
  ExpectNone("Lena Varga, a member of the foreign affairs committee, said NATO was targeted.", "member-of");
}

TEST_CASE("relations: member-of, the head of a unit is a member of its body") {
  ExpectRelation("Lena Varga, who heads the information security service of the FBI, said so.",
                 {"member-of", "Lena Varga", "FBI", "member.unit-head", "heads the"});
  ExpectNone("Lena Varga, who heads the information security service of the FBI, said so.", "leads");
  ExpectRelation("Marc Olivier, chef du service de cybers\xC3\xA9" "curit\xC3\xA9 de l'ANSSI, a confirm\xC3\xA9.",
                 {"member-of", "Marc Olivier", "ANSSI", "member.unit-head", "chef du service"});
  // Negative: the head of the body itself leads it and is not reported as a mere member; a list ends the unit.
  ExpectNone("Lena Varga heads the FBI.", "member-of");
  ExpectNone("Lena Varga heads the cyber unit, and the FBI said nothing.", "member-of");
}

TEST_CASE("relations: leads, titles between the possessive title and the name (\"Son chef, le commissaire X\")") {
  ExpectRelationAcrossSentences("L'ANSSI a saisi des cl\xC3\xA9s. Son chef, le commissaire Marc Olivier, a pr\xC3\xA9" "cis\xC3\xA9 que rien n'avait "
                 "\xC3\xA9t\xC3\xA9 vol\xC3\xA9.",
                 {"leads", "Marc Olivier", "ANSSI", "leads.titled-apposition", "chef"});
  {
    // In English the possessive title before the name is also a premodifier once titles are skipped
    // ("director, General X"): either rule gives the relation, with the same trigger.
    Document doc = FixtureExtractor().Extract("The FBI seized servers. Its director, General Marc Olivier, praised the police.");
    INFO(Describe(doc));
    const Relation* r = FindRelation(doc, "leads", "Marc Olivier", "FBI");
    REQUIRE(r != nullptr);
    CHECK((r->rule == "leads.titled-apposition" || r->rule == "leads.premodifier"));
    CHECK(Slice(doc.text, r->trigger_bytes) == "director");
  }
  // Negative: a verb between the title and the name.
  ExpectNone("L'ANSSI a saisi des cl\xC3\xA9s. Son chef, selon Marc Olivier, est absent.", "leads");
}

TEST_CASE("relations: member-of, the party a lawmaker sits for (\"a member of the Assembly for X\")") {
  ExpectRelation("Lena Varga, a member of the French National Assembly for IPAC, was targeted.",
                 {"member-of", "Lena Varga", "IPAC", "member.seat-for", "a member of the"});
  // Negative: "for" in another clause.
  ExpectNoRelation("Lena Varga, a member of the French National Assembly who voted for IPAC, spoke.", "member-of", "Lena Varga", "IPAC");
  ExpectNoRelation("Lena Varga, a member of the French National Assembly, voted for IPAC.", "member-of", "Lena Varga", "IPAC");
}

TEST_CASE("relations: member-of, a fronted title far from the name (\"le sous-secr\xC3\xA9taire au Tr\xC3\xA9sor ..., X\")") {
  ExpectRelation("\xC2\xAB Nous suivons la situation \xC2\xBB, a affirm\xC3\xA9 le sous-secr\xC3\xA9taire au Tr\xC3\xA9sor am\xC3\xA9ricain charg\xC3\xA9 du "
                 "renseignement financier, Marc Olivier.",
                 {"member-of", "Marc Olivier", "Tr\xC3\xA9sor", "member.fronted-title", "sous-secr\xC3\xA9taire au"});
  // Negative: a verb between the body and the name.
  ExpectNone("Le sous-secr\xC3\xA9taire au Tr\xC3\xA9sor am\xC3\xA9ricain a rencontr\xC3\xA9, hier, Marc Olivier.", "member-of");
}

TEST_CASE("relations: based-in, a city before a company noun (\"X, a Lyon think tank\", \"une soci\xC3\xA9t\xC3\xA9 de Lyon\")") {
  ExpectRelation("Researchers at Helix Bank, a Lyon think tank, said the campaign continued.",
                 {"based-in", "Helix Bank", "Lyon", "based-in.city-company-apposition", "think tank"});
  ExpectRelation("The Lyon company Kestrel Systems was sanctioned.",
                 {"based-in", "Kestrel Systems", "Lyon", "based-in.city-company", "company"});
  ExpectRelation("Kestrel Systems, une soci\xC3\xA9t\xC3\xA9 de Lyon, a \xC3\xA9t\xC3\xA9 sanctionn\xC3\xA9" "e.",
                 {"based-in", "Kestrel Systems", "Lyon", "based-in.company-of-city.fr", "soci\xC3\xA9t\xC3\xA9 de"});
  ExpectRelation("Kestrel Systems, une soci\xC3\xA9t\xC3\xA9-\xC3\xA9" "cran \xC3\xA9tablie \xC3\xA0 Lyon, a servi d'interm\xC3\xA9" "diaire.",
                 {"based-in", "Kestrel Systems", "Lyon", "based-in.located", "\xC3\xA9" "cran \xC3\xA9tablie \xC3\xA0"});
  // Negative: no apposition (the company hacked a Lyon firm), a relative clause, and a statement about others.
  ExpectNone("Kestrel Systems hacked a Lyon company last year.", "based-in");
  ExpectNone("Kestrel Systems, which targeted a Lyon firm, denied it.", "based-in");
  ExpectNone("Kestrel Systems a vis\xC3\xA9 une soci\xC3\xA9t\xC3\xA9 de Lyon.", "based-in");
  ExpectNone("Helix Bank said that hackers based in Lyon struck.", "based-in");
}

TEST_CASE("relations: a body's noun alone stands for the body named with it (\"Ministry spokesman X\", \"du minist\xC3\xA8re\")") {
  ExpectRelationAcrossSentences("The French Foreign Ministry said it had protested. Ministry spokesman Marc Olivier added "
                                "that talks would continue.",
                                {"member-of", "Marc Olivier", "French Foreign Ministry", "member.premodifier", "spokesman"});
  ExpectRelationAcrossSentences("Le minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res a convoqu\xC3\xA9 l'ambassadeur. Le chef du "
                                "minist\xC3\xA8re, Marc Olivier, a d\xC3\xA9" "clar\xC3\xA9 que la France restait vigilante.",
                                {"leads", "Marc Olivier", "minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res", "leads.fronted", "chef du"});
  // Negative: no earlier name holds the noun; the noun before "of" names another ministry.
  ExpectNone("The FBI said it had protested. Ministry spokesman Marc Olivier added that talks would continue.", "member-of");
  ExpectNoRelation(
      "The French Foreign Ministry protested. Marc Olivier, a spokesman for the ministry of health, said so.", "member-of", "Marc Olivier", "French Foreign Ministry");
  // Negative: "the ministry's NATO office": the name it owns is the argument, not the ministry.
  ExpectNoRelation("The French Foreign Ministry protested. APT28 targeted the ministry's NATO office.", "targeted", "APT28", "French Foreign Ministry");
}

TEST_CASE("relations: notified, \"her agency\", \"son agence\" is the agency its head was named with, not the head") {
  ExpectRelation("ANSSI director Marc Olivier said her agency had warned Belgium.",
                 {"notified", "ANSSI", "Belgium", "notified.active", "warned"});
  ExpectRelation("Le directeur de l'ANSSI, Marc Olivier, a indiqu\xC3\xA9 que son agence avait pr\xC3\xA9venu la Belgique.",
                 {"notified", "ANSSI", "Belgique", "notified.active", "avait pr\xC3\xA9venu"});
  ExpectNoRelation("ANSSI director Marc Olivier said her agency had warned Belgium.", "notified", "Marc Olivier", "Belgium");
  // Negative: another possessed noun leaves the person the one who warned.
  ExpectRelation("ANSSI director Marc Olivier said her husband had warned Belgium.",
                 {"notified", "Marc Olivier", "Belgium", "notified.active", "warned"});
}

TEST_CASE("relations: a plural possessive (\"the United States' FBI\") joins the list as \"'s\" does") {
  ExpectRelation("The NCSC warned Germany and the United States' FBI.",
                 {"notified", "NCSC", "FBI", "notified.active", "warned"});
  ExpectRelation("The NCSC warned Germany and the United States\xE2\x80\x99 FBI.",
                 {"notified", "NCSC", "FBI", "notified.active", "warned"});
  // Negative: an apostrophe after a common noun owns no argument.
  ExpectNone("The NCSC warned the hackers' victims in Belgium.", "notified");
}

TEST_CASE("relations: \"the ministry\" after two ministries named in one sentence stands for neither") {
  ExpectNone("The Ministry of Justice opened a case and the French Foreign Ministry protested. APT31 is linked to the ministry.",
             "attributed-to");
  ExpectNone("Le minist\xC3\xA8re de la Justice a port\xC3\xA9 plainte et le minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res a "
             "protest\xC3\xA9. APT31 est li\xC3\xA9 au minist\xC3\xA8re.",
             "attributed-to");
  ExpectRelationAcrossSentences("The Ministry of Justice opened a case. APT31 is linked to the ministry.",
                        {"attributed-to", "APT31", "Ministry of Justice", "attributed.active.en", "linked to"});
  ExpectRelationAcrossSentences("Le minist\xC3\xA8re de la Justice a port\xC3\xA9 plainte. APT31 est li\xC3\xA9 au minist\xC3\xA8re.",
                        {"attributed-to", "APT31", "minist\xC3\xA8re de la Justice", "attributed.fr", "li\xC3\xA9 au"});
}

TEST_CASE("relations: targeted, \"had been accessed, among them X\" takes the group the text is about") {
  ExpectRelationAcrossSentences("APT31 stole data. The mailboxes of ten lawmakers had been accessed, among them Marc Olivier.",
                        {"targeted", "APT31", "Marc Olivier", "targeted.compromised-including", "been accessed, among them"});
  ExpectRelationAcrossSentences("APT28 a men\xC3\xA9 une campagne. Les bo\xC3\xAEtes de dix d\xC3\xA9put\xC3\xA9s ont \xC3\xA9t\xC3\xA9 "
                        "pirat\xC3\xA9" "es, dont celle du d\xC3\xA9put\xC3\xA9 Marc Olivier.",
                        {"targeted", "APT28", "Marc Olivier", "targeted.compromised-including", "\xC3\xA9t\xC3\xA9 pirat\xC3\xA9" "es, dont"});
  // Negative: another agent, a negation, or no group before.
  ExpectNone("APT31 stole data. The mailboxes of ten lawmakers had been accessed by criminals, among them Marc Olivier.",
             "targeted");
  ExpectNone("APT31 stole data. The mailboxes of ten lawmakers had not been accessed, among them Marc Olivier.", "targeted");
  ExpectNone("Helix Bank lost data. The mailboxes of ten lawmakers had been accessed, among them Marc Olivier.", "targeted");
  ExpectNone("APT28 a men\xC3\xA9 une campagne. Les bo\xC3\xAEtes de dix d\xC3\xA9put\xC3\xA9s n'ont pas \xC3\xA9t\xC3\xA9 "
             "pirat\xC3\xA9" "es, dont celle du d\xC3\xA9put\xC3\xA9 Marc Olivier.",
             "targeted");
}

TEST_CASE("relations: \"the same unit\", \"la m\xC3\xAAme unit\xC3\xA9\" is the group of the document") {
  const std::string filler = "Helix Bank lost data. The FBI agreed. NATO said little. ";
  ExpectRelationAcrossSentences("APT28 stole documents. " + filler + "It is the same unit that broke into Helix Bank.",
                        {"targeted", "APT28", "Helix Bank", "targeted.active", "broke into"});
  ExpectRelationAcrossSentences("APT28 a vol\xC3\xA9 des documents. Le FBI a enqu\xC3\xAAt\xC3\xA9. "
                        "Selon l'ANSSI, c'est la m\xC3\xAAme unit\xC3\xA9 qui a pirat\xC3\xA9 la Banque Helix.",
                        {"targeted", "APT28", "Banque Helix", "targeted.active", "a pirat\xC3\xA9"});
  // Negative: "the unit" alone is no group anaphor.
  ExpectNone("APT28 stole documents. NATO lost data. The FBI agreed. Helix Bank said little. The unit broke into NATO.",
             "targeted");
}

TEST_CASE("relations: notified, \"Belgian government bodies\" are some bodies, not the state") {
  ExpectRelation("The NCSC had also warned the Belgian government.",
                 {"notified", "NCSC", "Belgian", "notified.active", "warned"});
  ExpectNone("The NCSC had also warned two other Belgian government bodies.", "notified");
  ExpectNone("The NCSC had also warned Belgian public bodies.", "notified");
}

TEST_CASE("relations: notified, a trigger inside a relative clause takes the antecedent (\"X, membre de ..., qui affirme avoir \xC3\xA9t\xC3\xA9 alert\xC3\xA9 par\")") {
  ExpectRelation("Le d\xC3\xA9put\xC3\xA9 Marc Olivier, qui dit avoir \xC3\xA9t\xC3\xA9 alert\xC3\xA9 par l'ANSSI, a parl\xC3\xA9.",
                 {"notified", "ANSSI", "Marc Olivier", "notified.passive", "alert\xC3\xA9"});
  ExpectRelation("Le d\xC3\xA9put\xC3\xA9 Marc Olivier, membre du conseil de l'ANSSI, qui affirme avoir \xC3\xA9t\xC3\xA9 "
                 "alert\xC3\xA9 par le FBI, a parl\xC3\xA9.",
                 {"notified", "FBI", "Marc Olivier", "notified.passive", "alert\xC3\xA9"});
  ExpectRelation("Marc Olivier, a member of the committee, who says she was warned by the NCSC, spoke.",
                 {"notified", "NCSC", "Marc Olivier", "notified.passive", "warned"});
  // Negative: the antecedent is the name right before ", qui", not the sentence's subject.
  Document doc = FixtureExtractor().Extract("Marc Olivier a parl\xC3\xA9 au FBI, qui affirme avoir \xC3\xA9t\xC3\xA9 alert\xC3\xA9 par l'ANSSI.");
  INFO(Describe(doc));
  CHECK(FindRelation(doc, "notified", "ANSSI", "FBI") != nullptr);
  CHECK(FindRelation(doc, "notified", "ANSSI", "Marc Olivier") == nullptr);
}

TEST_CASE("relations: notified, \"its counterparts in X and Y\", \"ses homologues de X et d'Y\"") {
  ExpectRelation("The NCSC alerted its counterparts in Belgium and Germany.",
                 {"notified", "NCSC", "Germany", "notified.counterparts", "alerted"});
  ExpectRelation("L'ANSSI a alert\xC3\xA9 ses homologues de Belgique et d'Allemagne.",
                 {"notified", "ANSSI", "Allemagne", "notified.counterparts", "a alert\xC3\xA9"});
  // Negative: the counterparts stand in a clause told to someone else.
  ExpectNone("The NCSC alerted the press that its counterparts in Belgium were hacked.", "notified");
  ExpectNone("L'ANSSI a inform\xC3\xA9 la presse que ses homologues de Belgique avaient \xC3\xA9t\xC3\xA9 pirat\xC3\xA9s.", "notified");
}

TEST_CASE("relations: a repeated \"de\", \"d'\" inside a French list of countries") {
  ExpectRelation("APT28 a vis\xC3\xA9 les minist\xC3\xA8res de Belgique et d'Allemagne.",
                 {"targeted", "APT28", "Allemagne", "targeted.active", "a vis\xC3\xA9"});
  // Negative: a verb between the countries ends the list.
  ExpectNoRelation("APT28 a vis\xC3\xA9 la Belgique et a parl\xC3\xA9 d'Allemagne.", "targeted", "APT28", "Allemagne");
}

TEST_CASE("relations: targeted, \"the intrusion into the networks of X\", \"l'intrusion dans les syst\xC3\xA8mes de X\"") {
  ExpectRelation("L'ANSSI impute \xC3\xA0 APT28 l'intrusion dans les syst\xC3\xA8mes de la Banque Helix.",
                 {"targeted", "APT28", "Banque Helix", "targeted.nominal.agent", "intrusion dans les syst\xC3\xA8mes de"});
  ExpectRelation("The FBI blamed APT28 for the intrusion into the networks of the Helix Bank.",
                 {"targeted", "APT28", "Helix Bank", "targeted.nominal.agent", "intrusion into the networks of"});
  // Negative: the group stands after the intrusion, cleared of it.
  ExpectNone("Selon l'ANSSI, l'intrusion dans les syst\xC3\xA8mes de la Banque Helix ne doit rien \xC3\xA0 APT28.", "targeted");
}

}  // namespace
}  // namespace gazette
