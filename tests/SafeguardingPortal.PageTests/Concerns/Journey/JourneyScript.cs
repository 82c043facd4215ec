using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Concerns.Journey;

/// <summary>Common stretches of the journey, so each test spells out only the answers it is about.</summary>
public static class JourneyScript
{
    public const string Description = "The little boy next door is left alone every evening and looks hungry.";

    /// <summary>From the start page to "which of these describes you?" answered: no danger, it can wait.</summary>
    public static async Task<JourneyClient> StartAsync(this JourneyClient j, string role = "public", string? department = null)
    {
        await j.OpenAsync("/report/immediate-danger");
        await j.ChooseAsync("no");
        await j.ChooseAsync("yes");
        await j.ChooseAsync("someoneElse");
        await j.ChooseAsync(role);
        if (department is not null)
        {
            await j.ChooseAsync(department);
        }

        return j;
    }

    /// <summary>One person: age, home postcode, where they are now, what is happening (and nothing else asked).</summary>
    public static async Task<JourneyClient> PersonAsync(this JourneyClient j, int age, string postcode, string now, params string[] categories)
    {
        await j.AnswerAsync(("ageKind", "years"));
        await j.AnswerAsync(("ageYears", age.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await j.AnswerAsync(("homeStatus", "postcode"));
        await j.AnswerAsync(("postcode", postcode));
        await j.ChooseAsync(now);
        return await j.AnswerAsync([.. categories.Select(c => ("categories", c))]);
    }

    /// <summary>"No one is causing harm" (or the harmer's answers given before), no other children, the description, anonymous.</summary>
    public static async Task<JourneyClient> FinishAnonymouslyAsync(this JourneyClient j)
    {
        await j.ChooseAsync("no");
        await j.AnswerAsync(("description", Description));
        return await j.ChooseAsync("no");
    }
}
