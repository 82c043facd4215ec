using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>Takes a course's knowledge check over HTTP with every drawn question answered right.</summary>
public static class CoursePasses
{
    /// <returns>The journey on the result page.</returns>
    public static async Task<JourneyClient> PassAsync(PortalFactory portal, JourneyClient journey, string slug)
    {
        var course = portal.Services.GetRequiredService<ContentStore>().Current.FindCourse(slug)!;
        await journey.OpenAsync($"/training/{slug}/check");
        var drawn = journey.Page.QuerySelectorAll("main fieldset input")
            .Select(i => i.GetAttribute("name")!["answer-".Length..])
            .Distinct()
            .Select(id => course.Questions.Single(q => q.Id == id));
        await journey.AnswerAsync([.. drawn.SelectMany(q => q.CorrectOptions.Order().Select(o => (CheckModel.FieldName(q), o.ToString(System.Globalization.CultureInfo.InvariantCulture))))]);
        Assert.Equal("You passed", journey.Heading);
        return journey;
    }
}
