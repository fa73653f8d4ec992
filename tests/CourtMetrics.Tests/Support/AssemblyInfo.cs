// Hangfire's configuration is process-wide: app hosts in one process must not run at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
