using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Builds a <see cref="StepContext"/> with the routing data for the postcodes the answers name (imported ones included).</summary>
public sealed class StepContextFactory(
    RoutingDataProvider routing, ImportedPostcodes imported, IOptions<ReferenceData> reference, TimeProvider time, IStringLocalizer<UiText> text)
{
    public async Task<StepContext> CreateAsync(ReportAnswers answers, CancellationToken cancellationToken)
    {
        var postcodes = answers.People.Select(p => p.Postcode).Append(answers.Harmer.EmployerPostcode);
        var data = await routing.ForAsync(postcodes, imported, cancellationToken);
        return new StepContext(answers, data, reference.Value, time.GetUtcNow(), text);
    }
}
