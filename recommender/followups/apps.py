from django.apps import AppConfig


class FollowupsConfig(AppConfig):
    name = "recommender.followups"
    label = "followups"
    verbose_name = "Follow-up email"

    def ready(self) -> None:
        # The email provider's tracking webhooks arrive through anymail's signal: the one
        # place where this app listens instead of being called.
        from anymail.signals import tracking
        from django.core import checks

        from recommender.followups.checks import check_email_settings
        from recommender.followups.webhooks import tracking_event_received

        checks.register(check_email_settings)

        tracking.connect(tracking_event_received, dispatch_uid="followups.tracking_event")
