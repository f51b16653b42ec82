"""Deterministic trafficking screening (see data/screening/README.md)."""
from bot.screening.engine import (
    LEVELS,
    URGENCY,
    IndicatorMatch,
    JobOfferAssessment,
    ScreeningResult,
    assess_job_offer,
    clarifying_questions,
    indicator_ids,
    job_offer_flags,
    job_offer_step_text,
    jokes,
    needs_said,
    question_ids,
    question_text,
    says_safe_now,
    screen,
)

__all__ = [
    "LEVELS", "URGENCY", "IndicatorMatch", "JobOfferAssessment", "ScreeningResult", "assess_job_offer",
    "clarifying_questions", "indicator_ids", "job_offer_flags", "job_offer_step_text", "jokes", "needs_said",
    "question_ids", "question_text", "says_safe_now", "screen",
]
