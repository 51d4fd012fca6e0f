// The intake questionnaire's form definition, as JSON text.
#pragma once

namespace intake {

// The form definition the intake tool offers (the published JSON schema).
const char* form_text();

}  // namespace intake
