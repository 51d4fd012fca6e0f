// Everything a C++ plugin author needs, in one include.
#pragma once

#include "answers.hpp"     // IWYU pragma: export
#include "conditions.hpp"  // IWYU pragma: export
#include "document.hpp"    // IWYU pragma: export
#include "form.hpp"        // IWYU pragma: export
#include "form_file.hpp"   // IWYU pragma: export
#include "plugin.hpp"      // IWYU pragma: export
#include "plugin_abi.h"    // IWYU pragma: export
#include "result.hpp"      // IWYU pragma: export
#include "scoring.hpp"     // IWYU pragma: export
#include "tool.hpp"        // IWYU pragma: export
