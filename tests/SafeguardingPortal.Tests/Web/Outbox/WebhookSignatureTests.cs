using System.Security.Cryptography;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox.Events;

namespace SafeguardingPortal.Tests.Web.Outbox;

/// <summary>security.md §20 against SendGrid's known-answer vector (shared/contracts/sendgrid/webhook-kat).</summary>
public sealed class WebhookSignatureTests
{
    private static readonly string Key = File.ReadAllText(SharedContracts.Path("sendgrid", "webhook-kat", "verification-key.b64")).Trim();
    private static readonly string Timestamp = File.ReadAllText(SharedContracts.Path("sendgrid", "webhook-kat", "timestamp.txt")).Trim();
    private static readonly string Signature = File.ReadAllText(SharedContracts.Path("sendgrid", "webhook-kat", "signature.b64")).Trim();
    private static readonly byte[] Body = File.ReadAllBytes(SharedContracts.Path("sendgrid", "webhook-kat", "body.json"));
    private static readonly DateTimeOffset SignedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_known_answer_vector_is_valid_at_its_own_time() =>
        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Check(Key, Timestamp, Signature, Body, SignedAt.AddSeconds(30), Tolerance));

    [Fact]
    public void A_flipped_byte_in_the_body_is_refused()
    {
        var tampered = Body.ToArray();
        tampered[tampered.Length / 2] ^= 0x01;
        Assert.Equal(SignatureCheck.Invalid, WebhookSignature.Check(Key, Timestamp, Signature, tampered, SignedAt, Tolerance));
    }

    [Fact]
    public void A_changed_timestamp_is_refused() =>
        Assert.Equal(SignatureCheck.Invalid, WebhookSignature.Check(Key, (long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Signature, Body, SignedAt, Tolerance));

    [Fact]
    public void Another_key_is_refused()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.Equal(SignatureCheck.Invalid, WebhookSignature.Check(Convert.ToBase64String(other.ExportSubjectPublicKeyInfo()), Timestamp, Signature, Body, SignedAt, Tolerance));
    }

    [Theory]
    [InlineData(null, "sig")]
    [InlineData("1767225600", null)]
    [InlineData("", "")]
    public void Missing_headers_are_refused(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.Missing, WebhookSignature.Check(Key, timestamp, signature, Body, SignedAt, Tolerance));

    [Theory]
    [InlineData("yesterday", "MEQCIA==")]
    [InlineData("1767225600", "not base64!")]
    [InlineData("1767225600", "AAAA")]
    public void Malformed_headers_are_refused(string timestamp, string signature) =>
        Assert.NotEqual(SignatureCheck.Valid, WebhookSignature.Check(Key, timestamp, signature, Body, SignedAt, Tolerance));

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    [InlineData(60 * 24 * 365)]
    public void A_timestamp_more_than_five_minutes_away_is_stale(int minutes) =>
        Assert.Equal(SignatureCheck.Stale, WebhookSignature.Check(Key, Timestamp, Signature, Body, SignedAt.AddMinutes(minutes), Tolerance));

    [Fact]
    public void The_vector_batch_reads_as_five_events() =>
        Assert.Equal(["processed", "deferred", "delivered", "bounce", "dropped"], WebhookEvent.ReadBatch(Body)!.Select(e => e.Event));
}
