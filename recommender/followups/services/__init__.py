"""Writes for follow-up email. Other apps (campaigns, flows) use these names only."""

from recommender.followups.services.delivery import BatchOutcome, outbox_send_batch
from recommender.followups.services.outbox import (
    OutboxDraft,
    outbox_cancel,
    outbox_dispatch_due,
    outbox_enqueue,
    outbox_enqueue_many,
    outbox_requeue_failed,
    outbox_sweep,
)
from recommender.followups.services.rendering import (
    email_message_build,
    unsubscribe_url,
)
from recommender.followups.services.subscribers import (
    subscriber_confirm,
    subscriber_input_clean,
    subscriber_subscribe,
    subscriber_unsubscribe,
    subscriber_unsubscribe_by_token,
    suppression_add,
)

__all__ = [
    "BatchOutcome",
    "OutboxDraft",
    "email_message_build",
    "outbox_cancel",
    "outbox_dispatch_due",
    "outbox_enqueue",
    "outbox_enqueue_many",
    "outbox_requeue_failed",
    "outbox_send_batch",
    "outbox_sweep",
    "subscriber_confirm",
    "subscriber_input_clean",
    "subscriber_subscribe",
    "subscriber_unsubscribe",
    "subscriber_unsubscribe_by_token",
    "suppression_add",
    "unsubscribe_url",
]
