// SHA-1 and the name-based UUIDs of RFC 4122 (version 5) built on it, for deterministic STIX ids.
#ifndef GAZETTE_SRC_SHA1_H_
#define GAZETTE_SRC_SHA1_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace gazette {

using Uuid = std::array<uint8_t, 16>;

/// The 20-byte SHA-1 digest of `data` (FIPS 180-4).
std::array<uint8_t, 20> Sha1(std::string_view data);

/// Parses "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (hex digits in either case); false when malformed.
bool ParseUuid(std::string_view text, Uuid* out);

/// Lower-case "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
std::string FormatUuid(const Uuid& uuid);

/// RFC 4122 section 4.3 name-based UUID, version 5: SHA-1 over namespace bytes then `name`.
Uuid Uuid5(const Uuid& name_space, std::string_view name);

}  // namespace gazette

#endif  // GAZETTE_SRC_SHA1_H_
