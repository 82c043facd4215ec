using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Web.Outbox.Events;

public sealed class WebhookOptions
{
    public const string Section = "Email:SendGrid";

    /// <summary>The Signed Event Webhook's verification key, as SendGrid shows it (base64 DER public key).</summary>
    public string? WebhookVerificationKey { get; set; }

    /// <summary>How far the signed timestamp may be from now.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary><c>POST /webhooks/sendgrid</c>: SendGrid's delivery events, accepted only when signed (security.md §20).</summary>
public static class SendGridWebhook
{
    public const string Path = "/webhooks/sendgrid";
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapSendGridWebhook(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous by design: the signature is the authentication (security.md §7).
        endpoints.MapPost(Path, ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<WebhookOptions> options, TimeProvider time, DeliveryEvents events, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.WebhookVerificationKey))
        {
            return Results.NotFound();
        }

        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel stopped reading: a body over the limit (413) or cut short (400), the sender's doing, not a fault.
            return Results.StatusCode(ex.StatusCode);
        }

        var body = buffer.ToArray();
        var check = WebhookSignature.Check(
            options.Value.WebhookVerificationKey, request.Headers[TimestampHeader], request.Headers[SignatureHeader], body, time.GetUtcNow(), options.Value.WebhookTolerance);
        if (check != SignatureCheck.Valid)
        {
            loggers.CreateLogger(typeof(SendGridWebhook)).LogWarning("Refused a SendGrid webhook request: signature {Check}", check);
            return Results.Unauthorized();
        }

        if (WebhookEvent.ReadBatch(body) is not { } batch)
        {
            return Results.BadRequest();
        }

        await events.RecordAsync(batch, cancellationToken);
        return Results.NoContent();
    }
}
