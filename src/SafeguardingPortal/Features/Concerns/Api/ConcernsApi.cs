using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Api;

/// <summary>
/// The JSON API of routing.md §11: anonymous, JSON only, rate-limited per client, and answering bad input with
/// 400 problem+json keyed by camelCase field path.
/// </summary>
public static class ConcernsApi
{
    public const string RateLimitPolicy = "concerns-api";

    /// <summary>A routing request is a few kilobytes; anything far larger is refused before it is read.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapConcernsApi(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous by design (security.md §7): JSON only, which a cross-site form cannot send, and rate-limited.
        var api = endpoints.MapGroup("/api/v1/concerns")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithTags("Concerns");

        api.MapPost(string.Empty, SubmitAsync)
            .WithName("SubmitConcern")
            .WithSummary("Saves a concern, decided when it arrives, and returns its reference and the decision.")
            .Produces<SubmittedConcern>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/route", RouteAsync)
            .WithName("RouteConcern")
            .WithSummary("Where a concern would go and how urgent it is; nothing is saved.")
            .Produces<RoutingDecision>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<RoutingDecision>, ValidationProblem, ProblemHttpResult>> RouteAsync(
        HttpRequest http, RoutingDataProvider routing, ImportedPostcodes imported, TimeProvider time, CancellationToken cancellationToken)
    {
        using var read = await ReadAsync(http, routing, imported, time, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        if (read.Errors.Any)
        {
            return TypedResults.ValidationProblem(read.Errors.ToDictionary());
        }

        return TypedResults.Json(Router.Decide(read.Request!, read.SubmittedAt ?? time.GetUtcNow(), read.Data!), ConcernsJson.Options);
    }

    private static async Task<Results<JsonHttpResult<SubmittedConcern>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest http, RoutingDataProvider routing, ImportedPostcodes imported, ConcernService concerns, TimeProvider time, CancellationToken cancellationToken)
    {
        using var read = await ReadAsync(http, routing, imported, time, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var root = read.Document!.RootElement;
        var anonymous = read.Request?.Reporter.Anonymous ?? IsAnonymous(root);
        var (description, contact) = ConcernSubmissionReader.Read(root, anonymous, read.Errors);
        if (read.Errors.Any)
        {
            return TypedResults.ValidationProblem(read.Errors.ToDictionary());
        }

        // /concerns ignores submittedAt: the saved report shows when it really arrived.
        var submitted = await concerns.SubmitAsync(new SubmitConcernOptions(read.Request!, description!, contact, Routing: read.Data), cancellationToken);
        return TypedResults.Json(submitted, ConcernsJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>The body read and validated as a routing request, with the routing data it was read against.</summary>
    private sealed record ReadRequest(JsonDocument? Document, RoutingData? Data, RoutingRequest? Request, DateTimeOffset? SubmittedAt, RequestErrors Errors, ProblemHttpResult? Problem)
        : IDisposable
    {
        public void Dispose() => Document?.Dispose();
    }

    private static async Task<ReadRequest> ReadAsync(
        HttpRequest http, RoutingDataProvider routing, ImportedPostcodes imported, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var (document, problem) = await ReadJsonAsync(http, cancellationToken);
        if (problem is not null)
        {
            return new ReadRequest(null, null, null, null, errors, problem);
        }

        var data = await routing.ForAsync(RoutingDataProvider.PostcodesIn(document!.RootElement), imported, cancellationToken);
        var (request, submittedAt) = new RoutingRequestReader(data).Read(document.RootElement, time.GetUtcNow(), errors);
        return new ReadRequest(document, data, request, submittedAt, errors, null);
    }

    private static bool IsAnonymous(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("reporter", out var reporter) && reporter.ValueKind == JsonValueKind.Object
        && reporter.TryGetProperty("anonymous", out var anonymous) && anonymous.ValueKind == JsonValueKind.True;

    /// <summary>
    /// Whether every string and property name decodes: JSON may escape a lone surrogate (<c>"\ud800"</c>), which is
    /// well-formed JSON but no text, and .NET throws when such a string is read.
    /// </summary>
    private static bool IsValidText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Decodes(() => element.GetString()),
        JsonValueKind.Object => element.EnumerateObject().All(p => Decodes(() => p.Name) && IsValidText(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(IsValidText),
        _ => true,
    };

    private static bool Decodes(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>JSON only (a cross-site form cannot send it), within the size limit, well formed.</summary>
    private static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadJsonAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!http.HasJsonContentType())
        {
            return (null, TypedResults.Problem("Send the request as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            var document = await JsonDocument.ParseAsync(http.Body, cancellationToken: cancellationToken);
            if (!IsValidText(document.RootElement))
            {
                document.Dispose();
                return (null, TypedResults.Problem("The request body has text that is not valid Unicode (an escaped lone surrogate such as \\ud800).", statusCode: StatusCodes.Status400BadRequest));
            }

            return (document, null);
        }
        catch (JsonException)
        {
            return (null, TypedResults.Problem("The request body is not valid JSON.", statusCode: StatusCodes.Status400BadRequest));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TypedResults.Problem("The request body is too large.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }
    }
}
