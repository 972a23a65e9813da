"""Thin tasks: ids in, a service does the work; a row gone or already handled is skipped."""

from __future__ import annotations

import logging

from celery import shared_task

from recommender.followups.services import outbox_send_batch, outbox_sweep

logger = logging.getLogger(__name__)


@shared_task(name="followups.send_email_batch", queue="email", ignore_result=True)
def send_email_batch(outbox_ids: list[int]) -> dict:
    ids = [int(pk) for pk in outbox_ids]
    outcome = outbox_send_batch(ids=ids)
    logger.info(
        "email batch: %d sent, %d to retry, %d failed, %d cancelled, %d deferred, %d skipped",
        outcome.sent,
        outcome.retry,
        outcome.failed,
        outcome.cancelled,
        outcome.deferred,
        outcome.skipped,
    )
    return {"sent": outcome.sent, "retry": outcome.retry, "failed": outcome.failed}


@shared_task(name="followups.sweep_outbox", queue="email", ignore_result=True)
def sweep_outbox() -> dict:
    figures = outbox_sweep()
    if any(figures.values()):
        logger.info("outbox sweep: %s", figures)
    return figures
