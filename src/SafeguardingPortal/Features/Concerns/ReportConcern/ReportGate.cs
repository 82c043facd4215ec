using Microsoft.AspNetCore.Mvc;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>Where a reporter must go instead of check answers or submission: no step can be skipped.</summary>
public static class ReportGate
{
    public static string? Redirect(IUrlHelper url, LoadedDraft loaded, StepContext context) => loaded.State switch
    {
        DraftState.Expired => ReportLinks.SessionEnded(url),
        DraftState.Submitted => ReportLinks.Confirmation(url),
        DraftState.None => ReportLinks.First(url),
        _ => ReportJourney.FirstUnanswered(context) is { } next ? ReportLinks.Step(url, next.Step, next.Person) : null,
    };
}
