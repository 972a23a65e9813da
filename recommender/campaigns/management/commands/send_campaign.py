"""Create (or reuse by name) a campaign for a segment, and plan it now or schedule it."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from recommender.campaigns.models import Campaign
from recommender.campaigns.selectors import SegmentError, segment_parse, segment_recipients
from recommender.campaigns.services import (
    CampaignError,
    campaign_create_or_update,
    campaign_plan,
    campaign_schedule,
)


class Command(BaseCommand):
    help = (
        "Send a campaign to a segment now, or schedule it. The last line of output is JSON: "
        "campaign, recipients (emailable now), planned, scheduled_at, dry_run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--name", required=True, help="Campaign name; an existing one is reused."
        )
        parser.add_argument(
            "--segment",
            required=True,
            help="all, cause:SLUG, category:SLUG or engaged_recently:DAYS",
        )
        parser.add_argument(
            "--subject", default="", help="Subject of a new campaign (default: name)."
        )
        parser.add_argument("--at", default="", help="ISO 8601 time to send at (default: now).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Count the recipients; create and send nothing."
        )

    def handle(self, *args, name, segment, subject, at, dry_run, **options):
        name = (name or "").strip()
        if not name:
            raise CommandError("--name must not be empty.")
        try:
            parsed = segment_parse(text=segment)
        except SegmentError as exc:
            raise CommandError(str(exc)) from exc
        when = None
        if at:
            when = parse_datetime(at)
            if when is None:
                raise CommandError(
                    f"--at {at!r} is not an ISO 8601 time like 2026-05-01T09:00:00Z."
                )
            if timezone.is_naive(when):
                when = timezone.make_aware(when, timezone.get_current_timezone())
        recipients = segment_recipients(segment=parsed).count()
        result = {
            "campaign": None,
            "segment": parsed.label,
            "recipients": recipients,
            "planned": 0,
            "scheduled_at": when.isoformat() if when else None,
            "dry_run": dry_run,
        }
        if not dry_run:
            campaign, created = campaign_create_or_update(
                name=name, segment=parsed, subject=subject
            )
            self.stdout.write(f"{'Created' if created else 'Reusing'} campaign {campaign.name!r}.")
            result["campaign"] = campaign.pk
            try:
                if when is not None and when > timezone.now():
                    campaign = campaign_schedule(campaign=campaign, at=when)
                    self.stdout.write(f"Scheduled for {campaign.scheduled_at.isoformat()}.")
                else:
                    result["planned"] = campaign_plan(campaign=campaign)
                    self.stdout.write(f"Queued {result['planned']} emails.")
            except (CampaignError, SegmentError) as exc:
                raise CommandError(str(exc)) from exc
            result["status"] = Campaign.objects.get(pk=campaign.pk).status
        else:
            existing = Campaign.objects.filter(name=name).first()
            result["campaign"] = existing.pk if existing else None
        self.stdout.write(json.dumps(result))
