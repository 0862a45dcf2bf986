// MISP threat actors name their state sponsor in words ("Iran (Islamic Republic of)",
// "Korea (Democratic People's Republic of)") where our attributes want ISO 3166-1 alpha-2
// codes, and some synonyms are bare country names that must not become group aliases. The
// table lists the countries that MISP's threat-actor and intrusion-set clusters mention
// (as sponsor, meta.country or suspected victim) with the name variants seen there. It is
// deliberately small: an unknown sponsor name is reported, not guessed.

#include "country_table.h"

#include <initializer_list>

#include "text_fold.h"

namespace gazette::import {
namespace {

struct Country {
  const char* code;
  const char* name;  // English short name
  std::initializer_list<const char*> variants;
};

const Country kCountries[] = {
    {"AE", "United Arab Emirates", {"UAE"}},
    {"AF", "Afghanistan", {}},
    {"AT", "Austria", {}},
    {"AZ", "Azerbaijan", {}},
    {"BR", "Brazil", {}},
    {"BY", "Belarus", {}},
    {"CA", "Canada", {}},
    {"CN", "China", {"People's Republic of China", "PRC"}},
    {"DE", "Germany", {}},
    {"DZ", "Algeria", {}},
    {"EG", "Egypt", {}},
    {"ES", "Spain", {}},
    {"FR", "France", {}},
    {"GB", "United Kingdom", {"UK", "Great Britain", "Britain",
                              "United Kingdom of Great Britain and Northern Ireland"}},
    {"GE", "Georgia", {}},
    {"ID", "Indonesia", {}},
    {"IL", "Israel", {}},
    {"IN", "India", {}},
    {"IQ", "Iraq", {}},
    {"IR", "Iran", {"Iran (Islamic Republic of)", "Islamic Republic of Iran"}},
    {"IT", "Italy", {}},
    {"JP", "Japan", {}},
    {"KE", "Kenya", {}},
    {"KP", "North Korea", {"Korea (Democratic People's Republic of)",
                           "Democratic People's Republic of Korea", "DPRK"}},
    {"KR", "South Korea", {"Korea (Republic of)", "Republic of Korea"}},
    {"KZ", "Kazakhstan", {}},
    {"LB", "Lebanon", {}},
    {"LY", "Libya", {}},
    {"MA", "Morocco", {}},
    {"MY", "Malaysia", {}},
    {"NG", "Nigeria", {}},
    {"NL", "Netherlands", {}},
    {"PK", "Pakistan", {}},
    {"PS", "Palestine", {"State of Palestine", "Palestine, State of"}},
    {"RO", "Romania", {}},
    {"RU", "Russia", {"Russian Federation"}},
    {"SA", "Saudi Arabia", {}},
    {"SY", "Syria", {"Syrian Arab Republic"}},
    {"TN", "Tunisia", {}},
    {"TR", "Turkey", {"Türkiye"}},
    {"TW", "Taiwan", {}},
    {"UA", "Ukraine", {}},
    {"US", "United States", {"United States of America", "USA", "US"}},
    {"VN", "Vietnam", {"Viet Nam"}},
};

const Country* FindByName(std::string_view name) {
  const std::string key = FoldKey(name);
  if (key.empty()) return nullptr;
  for (const Country& c : kCountries) {
    if (FoldKey(c.name) == key) return &c;
    for (const char* v : c.variants) {
      if (FoldKey(v) == key) return &c;
    }
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> CountryCodeForName(std::string_view name) {
  const Country* c = FindByName(name);
  if (c == nullptr) return std::nullopt;
  return std::string(c->code);
}

bool IsCountryName(std::string_view name) { return FindByName(name) != nullptr; }

std::optional<std::string> CountryNameForCode(std::string_view code) {
  for (const Country& c : kCountries) {
    if (code == c.code) return std::string(c.name);
  }
  return std::nullopt;
}

bool IsAlpha2Code(std::string_view code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' &&
         code[1] <= 'Z';
}

}  // namespace gazette::import
