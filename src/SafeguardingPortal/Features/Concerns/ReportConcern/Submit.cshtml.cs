using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Web.Security;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>
/// "Send report": the whole journey read by the API's own reader, decided when it arrives, and saved in one
/// transaction with its notifications. Reports that look automated are quarantined for a person to check, never
/// dropped, and the reporter sees the same confirmation. Limited per address; a refusal keeps the answers.
/// </summary>
[EnableRateLimiting(RateLimits.ReportFormPolicy)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SubmitModel(
    ReportDrafts drafts, StepContextFactory contexts, ConcernService concerns, IOptions<ReportJourneyOptions> options, TimeProvider time, ILogger<SubmitModel> logger)
    : PageModel
{
    public IActionResult OnGet() => Redirect(ReportLinks.CheckAnswers(Url));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var loaded = await drafts.LoadAsync(HttpContext, cancellationToken);
        var context = await contexts.CreateAsync(loaded.Answers, cancellationToken);
        if (ReportGate.Redirect(Url, loaded, context) is { } redirect)
        {
            return Redirect(redirect);
        }

        var answers = loaded.Answers;
        var errors = new RequestErrors();
        using var json = JsonDocument.Parse(RoutingRequestJson.From(answers).ToJsonString());
        var (request, _) = new RoutingRequestReader(context.Routing).Read(json.RootElement, time.GetUtcNow(), errors);
        if (request is null)
        {
            // Reference data changed under a report in progress (a department or site removed): ask again.
            logger.LogWarning("A report in progress no longer validates: {Fields}", string.Join(", ", errors.ToDictionary().Keys));
            return Redirect(ReportLinks.CheckAnswers(Url));
        }

        answers.Honeypot ??= string.IsNullOrEmpty(Request.Form[ReportLinks.HoneypotField]) ? null : "filled";
        try
        {
            await concerns.SubmitAsync(
                new SubmitConcernOptions(
                    request,
                    answers.Description!,
                    request.Reporter.Anonymous ? null : new ReporterContact(answers.Name, answers.Email, answers.Phone),
                    answers.Source,
                    QuarantineReason(answers),
                    context.Routing,
                    new JourneyDetails(answers),
                    reference => drafts.MarkSubmitted(loaded.Draft!, reference)),
                cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same report was sent twice at once (a double press): the first one is saved, this one is not.
        }

        return Redirect(ReportLinks.Confirmation(Url));
    }

    private string? QuarantineReason(ReportAnswers answers)
    {
        var taken = time.GetUtcNow() - answers.StartedAt;
        return answers.Honeypot is not null ? "The hidden honeypot field was filled in."
            : taken < options.Value.MinimumJourneyTime ? $"The whole journey took {taken.TotalSeconds:0} seconds."
            : null;
    }
}

/// <summary>What the journey asks beyond the routing request, kept with the report for the team.</summary>
public sealed record JourneyDetails(IReadOnlyList<string?> Consent, string? HarmerOrganisation)
{
    public JourneyDetails(ReportAnswers answers)
        : this([.. answers.People.Select(p => p.Consent)], answers.Harmer.IsSomeone ? answers.Harmer.EmployerName : null)
    {
    }
}
