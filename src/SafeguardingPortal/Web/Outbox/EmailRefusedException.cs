namespace SafeguardingPortal.Web.Outbox;

/// <summary>
/// The email service refused the message for a reason sending it again cannot fix (a bad request, a wrong key, a
/// message too large): the row ends Failed at once rather than using up its attempts.
/// </summary>
public sealed class EmailRefusedException(string reason) : Exception(reason);
