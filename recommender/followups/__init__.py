"""Follow-up email: subscribers with consent, and delivery that never loses or doubles a message.

For other apps (flows, campaigns), the public surface is:

- ``services.subscriber_subscribe / subscriber_confirm / subscriber_unsubscribe /
  suppression_add``: double opt-in, consent records, the suppression list.
- ``selectors.subscriber_list_emailable()``: who may get marketing email now.
- ``services.outbox_enqueue(...)`` for one email and ``outbox_enqueue_many(drafts=[OutboxDraft
  ...])`` for a send to many; one row per (address, trigger_key), so planning twice is safe.
  The template is a path without extension (``.html`` and ``.txt`` are both rendered) and the
  context is stored as JSON on the row.
- ``services.email_message_build(message=...)`` renders a row (saved or not) for previews.

Rows move queued -> sending -> sent / failed / cancelled by conditional updates only; the
``followups.send_email_batch`` task sends a batch over one connection, and the
``followups.sweep_outbox`` beat task recovers rows from dead workers and lost task messages.
Settings: ``STRIDEWISE_EMAIL`` (see conf.py).
"""
