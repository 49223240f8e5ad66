"""Attribution records and their JSON Schema contract."""

from quotes.records.attribution import (
    ATTRIBUTION_TYPES,
    SCHEMA_VERSION,
    Attribution,
    Cue,
    DocumentMeta,
    Hedge,
    Relay,
    Speaker,
    SpeakerMember,
    TextSpan,
    words_said,
)
from quotes.records.schema import (
    SchemaProblem,
    compiled_validator,
    instance_problems,
    is_valid,
    load_schema,
    record_problems,
    validate_records,
)

__all__ = [
    "ATTRIBUTION_TYPES",
    "SCHEMA_VERSION",
    "Attribution",
    "Cue",
    "DocumentMeta",
    "Hedge",
    "Relay",
    "SchemaProblem",
    "Speaker",
    "SpeakerMember",
    "TextSpan",
    "compiled_validator",
    "instance_problems",
    "is_valid",
    "load_schema",
    "record_problems",
    "validate_records",
    "words_said",
]
