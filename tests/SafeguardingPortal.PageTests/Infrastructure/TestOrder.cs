// Page tests start whole portals against one database server; run side by side they competed for the two
// cores and for the server, and failed now and then. One at a time, every result means what it says.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
