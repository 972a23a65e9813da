# Causes, detections, rules and follow-ups arrive with their issues.
