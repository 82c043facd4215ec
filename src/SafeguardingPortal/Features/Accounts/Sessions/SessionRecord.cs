namespace SafeguardingPortal.Features.Accounts.Sessions;

/// <summary>
/// A signed-in session, kept server-side so the cookie carries only its key: deleting the row ends the session
/// at once, even for a copied cookie.
/// </summary>
public sealed class SessionRecord
{
    public required string Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The serialized authentication ticket (claims and properties).</summary>
    public required byte[] Ticket { get; set; }

    public DateTimeOffset SignedInAt { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }
}
