// Umbrella header: everything a program needs to build an extractor and read its results.
#ifndef GAZETTE_GAZETTE_H_
#define GAZETTE_GAZETTE_H_

#include "gazette/config.h"
#include "gazette/document.h"
#include "gazette/error.h"
#include "gazette/extractor.h"
#include "gazette/json.h"
#include "gazette/stix.h"

#define GAZETTE_VERSION_MAJOR 0
#define GAZETTE_VERSION_MINOR 1
#define GAZETTE_VERSION_PATCH 0
#define GAZETTE_VERSION_STRING "0.1.0"

#endif  // GAZETTE_GAZETTE_H_
