// Guessing whether a document is English or French.
#ifndef GAZETTE_SRC_LANGUAGE_H_
#define GAZETTE_SRC_LANGUAGE_H_

#include <string>

#include "tokenize.h"

namespace gazette {

/// "fr" when French function words outnumber English ones, else "en". Cheap: one pass over keys.
std::string GuessLanguage(const TokenizedText& text);

}  // namespace gazette

#endif  // GAZETTE_SRC_LANGUAGE_H_
