"""Several reports at once: compare (year on year), track (plans → achievements), trend (a term over time)."""
