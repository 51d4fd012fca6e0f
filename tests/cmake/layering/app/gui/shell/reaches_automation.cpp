// A window source that includes the test automation directly: the layering
// check must refuse it (tests/cmake/CMakeLists.txt). Never compiled.
#include "automation/batch_run.hpp"
