// A small built-in table of country names and ISO 3166-1 alpha-2 codes.
#ifndef GAZETTE_TOOLS_COUNTRY_TABLE_H_
#define GAZETTE_TOOLS_COUNTRY_TABLE_H_

#include <optional>
#include <string>
#include <string_view>

namespace gazette::import {

/// The alpha-2 code of a country name or variant ("Russian Federation", "Iran (Islamic
/// Republic of)", "US"), compared with FoldKey; nullopt when the table does not know it.
std::optional<std::string> CountryCodeForName(std::string_view name);
/// True when `name` folds like a country name of the table (used to drop such aliases).
bool IsCountryName(std::string_view name);
/// The English short name of a code in the table ("FR" -> "France"), or nullopt.
std::optional<std::string> CountryNameForCode(std::string_view code);
/// True for two ASCII capital letters.
bool IsAlpha2Code(std::string_view code);

}  // namespace gazette::import

#endif  // GAZETTE_TOOLS_COUNTRY_TABLE_H_
