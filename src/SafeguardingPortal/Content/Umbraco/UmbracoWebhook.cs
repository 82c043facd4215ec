using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// <c>POST /webhooks/umbraco</c>: Umbraco's Content Published, Unpublished and Deleted events. Umbraco does not sign
/// its webhooks, so each is set up with a custom header carrying a shared secret. The answer is sent after the
/// document has been read again, so the next request already serves the change.
/// </summary>
public static class UmbracoWebhook
{
    public const string Path = "/webhooks/umbraco";
    public const string SecretHeader = "X-Portal-Webhook-Secret";
    public const string EventHeader = "umb-webhook-event";
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapUmbracoWebhook(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous by design: the shared secret is the authentication.
        endpoints.MapPost(Path, ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<UmbracoOptions> options, UmbracoContent content, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.WebhookSecret) || options.Value.DeliveryUrl is null)
        {
            return Results.NotFound();
        }

        if (!SecretMatches(request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret))
        {
            loggers.CreateLogger(typeof(UmbracoWebhook)).LogWarning("Refused an Umbraco webhook request without the shared secret");
            return Results.Unauthorized();
        }

        var removed = request.Headers[EventHeader].ToString() switch
        {
            "Umbraco.ContentPublish" => false,
            "Umbraco.ContentUnpublish" or "Umbraco.ContentDelete" => true,
            _ => (bool?)null,
        };
        if (removed is null || await IdAsync(request, cancellationToken) is not { } id)
        {
            return Results.BadRequest();
        }

        await content.RefreshItemAsync(id, removed.Value, cancellationToken);
        return Results.NoContent();
    }

    /// <summary>The document's id: Umbraco sends the published document, or only its id for a deletion (camelCase since Umbraco 14).</summary>
    private static async Task<Guid?> IdAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = body.RootElement;
            return root.ValueKind == JsonValueKind.Object
                   && (root.TryGetProperty("id", out var id) || root.TryGetProperty("Id", out id))
                   && id.TryGetGuid(out var guid)
                ? guid
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool SecretMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
