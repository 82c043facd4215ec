using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// The pages of routing.md §2 in order: the questions about the reporter, then each person's questions (looped),
/// then the person causing harm, the household, the description and the reporter's details.
/// </summary>
public static class ReportJourney
{
    public static readonly IReadOnlyList<JourneyStep> Before =
    [
        new RadioStep("immediate-danger")
        {
            Get = (c, _) => c.Answers.ImmediateDanger,
            Set = (c, _, v) =>
            {
                // "Not sure" first shows examples of immediate danger and asks again (§2 page 1).
                var askAgain = v == "notSure" && !c.Answers.DangerExamplesShown;
                c.Answers.DangerExamplesShown |= v == "notSure";
                c.Answers.ImmediateDanger = askAgain ? null : v;
            },
            Heading = (c, _) => c.T["Is anyone in immediate danger right now?"],
            Options = (c, _) => JourneyText.YesNoNotSure(c),
            Error = (c, _) => c.T["Select whether anyone is in immediate danger"],
            Decorate = (c, _, view) => c.Answers.DangerExamplesShown && c.Answers.ImmediateDanger is null
                ? view with
                {
                    Paragraphs =
                    [
                        c.T["Someone is in immediate danger if, for example:"],
                    ],
                    Inset = c.T["they are being hurt, or are about to be; a young child is alone; someone has gone missing and may be at risk; someone has seriously hurt themselves or may be about to end their life."],
                }
                : view,
        },
        new InfoStep("call-999", "_Call999")
        {
            Shown = c => c.Answers.ImmediateDanger == "yes",
            Seen = a => a.Called999,
            Acknowledge = a => a.Called999 = true,
            Heading = c => c.T["Call 999 now"],
        },
        new RadioStep("can-it-wait")
        {
            Shown = (c, _) => c.Answers.ImmediateDanger != "yes",
            Get = (c, _) => c.Answers.CanWait,
            Set = (c, _, v) => c.Answers.CanWait = v,
            Heading = (c, _) => c.T["Can this safely wait until the next working day?"],
            Hint = (c, _) => c.T["This form is read Monday to Friday, 9am to 5pm, except bank holidays."],
            Options = (c, _) => JourneyText.YesNoNotSure(c),
            Error = (c, _) => c.T["Select whether this can wait until the next working day"],
        },
        new InfoStep("call-now", "_CallNow")
        {
            Shown = c => c.Answers.ImmediateDanger != "yes" && c.Answers.CanWait is "no" or "notSure",
            Seen = a => a.CallNowSeen,
            Acknowledge = a => a.CallNowSeen = true,
            Heading = c => c.T["Call us now"],
        },
        new RadioStep("about-whom")
        {
            Get = (c, _) => c.Answers.AboutWhom,
            Set = (c, _, v) => c.Answers.AboutWhom = v,
            Heading = (c, _) => c.T["Are you telling us about yourself or someone else?"],
            Options = (c, _) => [new("myself", c.T["Myself"]), new("someoneElse", c.T["Someone else"])],
            Error = (c, _) => c.T["Select whether you are telling us about yourself or someone else"],
        },
        new RadioStep("you")
        {
            Shown = (c, _) => c.Answers.AboutWhom == "someoneElse",
            Get = (c, _) => c.Answers.Role,
            Set = (c, _, v) => c.Answers.Role = v,
            Heading = (c, _) => c.T["Which of these describes you?"],
            Options = (c, _) =>
            [
                new("public", c.T["A member of the public"], c.T["For example a resident, a family member, a friend or a neighbour"]),
                new("corporationStaff", c.T["I work or volunteer for the City of London Corporation"], c.T["Including elected Members"]),
                new("professional", c.T["I work for another organisation"], c.T["For example a school, a GP practice, the police or a charity"]),
            ],
            Error = (c, _) => c.T["Select which of these describes you"],
        },
        new RadioStep("department")
        {
            Shown = (c, _) => c.Answers.EffectiveRole == "corporationStaff",
            Get = (c, _) => c.Answers.Department,
            Set = (c, _, v) => c.Answers.Department = v,
            Heading = (c, _) => c.T["Which department do you work in?"],
            Options = (c, _) => [.. c.Reference.Departments.Departments.Select(d => new ChoiceOption(d.Slug, c.T[d.Name]))],
            Error = (c, _) => c.T["Select your department"],
        },
    ];

    public static readonly IReadOnlyList<JourneyStep> PerPerson =
    [
        new AgeStep(),
        new DateOfBirthStep(),
        new AgeInYearsStep(),
        new HomeStep(),
        new PostcodeStep(),
        new CouncilStep("council", forWorkplace: false),
        new RadioStep("where-now")
        {
            PerPersonStep = true,
            Get = (c, p) => c.Answers.People[p].PresentLocation,
            Set = (c, p, v) => c.Answers.People[p].PresentLocation = v,
            Heading = (c, p) => JourneyText.Ask(c, p, name => c.T["Where is {0} now?", name], c.T["Where are you now?"]),
            Hint = (c, p) => c.IsReporter(p) ? c.T["If you are not sure, tell us where this happened."] : c.T["If you don't know where they are now, tell us where this happened."],
            Options = (c, p) =>
            [
                new("atHome", c.T["At home"]),
                new("inCity", c.T["In the City of London (the Square Mile)"], c.T["For example a street, workplace, venue or hotel in the City"]),
                new("corporationSite", c.T["At a City of London site outside the Square Mile"], c.T["For example Hampstead Heath, Epping Forest or a City of London school"]),
                new("elsewhere", c.T["Somewhere else"]),
                new("dontKnow", c.T["I don't know"], DividerBefore: c.T["or"]),
            ],
            Error = (c, _) => c.T["Select where they are now"],
        },
        new RadioStep("site")
        {
            PerPersonStep = true,
            Shown = (c, p) => c.Answers.People[p].PresentLocation == "corporationSite",
            Get = (c, p) => c.Answers.People[p].Site,
            Set = (c, p, v) => c.Answers.People[p].Site = v,
            Heading = (c, _) => c.T["Which City of London site?"],
            Options = (c, _) => [.. c.Reference.Sites.Sites.Select(s => new ChoiceOption(s.Slug, c.T[s.Name]))],
            Error = (c, _) => c.T["Select the City of London site"],
        },
        new WorriesStep(),
        YesNoDontKnow("care-needs", (c, p) => c.AgeOf(p) >= 16, p => p.CareNeeds, (p, v) => p.CareNeeds = v, (c, p) => JourneyText.Ask(c, p,
            name => c.T["Does {0} need help or care because of age, illness, disability, mental health, or drug or alcohol use?", name],
            c.T["Do you need help or care because of age, illness, disability, mental health, or drug or alcohol use?"])),
        YesNoDontKnow("protect", (c, p) => c.AgeOf(p) >= 18, p => p.CanProtect, (p, v) => p.CanProtect = v, (c, p) => JourneyText.Ask(c, p,
            name => c.T["Do you think {0} can protect themselves from this?", name], c.T["Do you think you can protect yourself from this?"])),
        YesNoDontKnow("in-care", (c, p) => c.AgeOf(p) is >= 18 and <= 25, p => p.CareLeaver, (p, v) => p.CareLeaver = v, (c, p) => JourneyText.Ask(c, p,
            name => c.T["Has {0} ever been looked after by a council (in care)?", name], c.T["Have you ever been looked after by a council (in care)?"])),
        new RadioStep("consent")
        {
            PerPersonStep = true,
            Shown = (c, p) => !c.IsReporter(p) && c.AgeOf(p) >= 16,
            Get = (c, p) => c.Answers.People[p].Consent,
            Set = (c, p, v) => c.Answers.People[p].Consent = v,
            Heading = (c, p) => c.T["Does {0} know you are telling us?", c.PersonName(p)],
            Hint = (c, _) => c.T["You can still tell us if they do not want you to. The team will decide what to do with care."],
            Options = (c, _) =>
            [
                new("agrees", c.T["Yes, and they agree"]),
                new("doesNotAgree", c.T["Yes, but they do not want me to tell anyone"]),
                new("doesNotKnow", c.T["No, they do not know"]),
                new("dontKnow", c.T["I don't know"], DividerBefore: c.T["or"]),
            ],
            Error = (c, _) => c.T["Select whether they know you are telling us"],
        },
        new RadioStep("fgm")
        {
            PerPersonStep = true,
            Shown = (c, p) => c.Answers.IsStaffOrProfessional && c.Answers.People[p].Categories?.Contains("fgm") == true,
            Get = (c, p) => c.Answers.People[p].FgmKnownCase,
            Set = (c, p, v) => c.Answers.People[p].FgmKnownCase = v,
            Heading = (c, _) => c.T["Did the girl tell you she has had FGM, or did you see signs of it?"],
            Options = (c, _) => JourneyText.YesNo(c),
            Error = (c, _) => c.T["Select yes or no"],
        },
        new RadioStep("another-person")
        {
            PerPersonStep = true,
            Shown = (_, p) => p < RoutingRequestReader.MaxPeople - 1,
            Get = (c, p) => c.Answers.People[p].AnotherPerson,
            Set = (c, p, v) =>
            {
                var people = c.Answers.People;
                people[p].AnotherPerson = v;
                if (v == "yes" && people.Count == p + 1)
                {
                    people.Add(new PersonAnswers());
                }
                else if (v == "no")
                {
                    people.RemoveRange(p + 1, people.Count - p - 1);
                }
            },
            Heading = (c, _) => c.T["Do you want to tell us about another person?"],
            Hint = (c, _) => c.T["For example a brother or sister, another adult at risk, or a child who caused harm. You can add up to 10 people."],
            Options = (c, _) => JourneyText.YesNo(c),
            Error = (c, _) => c.T["Select yes if you want to tell us about another person"],
        },
    ];

    /// <summary>Pages 14–14e: the person causing harm, and where they work.</summary>
    public static readonly IReadOnlyList<JourneyStep> Harm =
    [
        new RadioStep("harm-works-with-children")
        {
            Get = (c, _) => c.Answers.Harmer.WorksWithChildren,
            Set = (c, _, v) => c.Answers.Harmer.WorksWithChildren = v,
            Heading = (c, _) => c.T["Does the person causing harm work or volunteer with children?"],
            Hint = (c, _) => c.T["For example as a teacher, sports coach, youth worker, childminder or foster carer."],
            Options = (c, _) => [.. JourneyText.YesNoDontKnow(c), new("noOne", c.T["No one is causing harm"], DividerBefore: c.T["or"])],
            Error = (c, _) => c.T["Select yes, no or I don't know"],
        },
        HarmerQuestion("harm-works-with-adults", h => h.WorksWithAdults, (h, v) => h.WorksWithAdults = v,
            c => c.T["Do they work or volunteer with adults who need care and support?"], c => c.T["For example as a carer, a nurse or in a care home."]),
        HarmerQuestion("harm-under-18", h => h.Under18, (h, v) => h.Under18 = v, c => c.T["Is the person causing harm under 18?"], _ => null),
        new WorkplaceStep(),
        new CouncilStep("workplace-council", forWorkplace: true),
        new RadioStep("harm-your-department")
        {
            Shown = (c, _) => c.Answers.Harmer.IsSomeone && c.Answers.EffectiveRole == "corporationStaff",
            Get = (c, _) => c.Answers.Harmer.WorksInYourDepartment,
            Set = (c, _, v) => c.Answers.Harmer.WorksInYourDepartment = v,
            Heading = (c, _) => c.T["Does the person causing harm work in your department?"],
            Hint = (c, _) => c.T["This includes your line manager and your department's safeguarding lead."],
            Options = (c, _) => JourneyText.YesNoDontKnow(c),
            Error = (c, _) => c.T["Select yes, no or I don't know"],
        },
    ];

    /// <summary>Pages 12a and 15–19: the reporter's profession, the household, what happened, the reporter's details, another council.</summary>
    public static readonly IReadOnlyList<JourneyStep> After =
    [
        new RadioStep("profession")
        {
            Shown = (c, _) => c.Answers.IsStaffOrProfessional && c.Answers.People.Any(p => p.Categories?.Contains("fgm") == true),
            Get = (c, _) => c.Answers.RegulatedProfession,
            Set = (c, _, v) => c.Answers.RegulatedProfession = v,
            Heading = (c, _) => c.T["Are you a regulated health or social care professional, or a teacher?"],
            Options = (c, _) =>
            [
                new("healthOrSocialCare", c.T["A regulated health or social care professional"], c.T["For example a doctor, nurse, midwife or social worker"]),
                new("teacher", c.T["A teacher"]),
                new("neither", c.T["Neither"]),
            ],
            Error = (c, _) => c.T["Select whether you are a regulated professional or a teacher"],
        },
        new RadioStep("other-children")
        {
            Get = (c, _) => c.Answers.OtherChildren,
            Set = (c, _, v) => c.Answers.OtherChildren = v,
            Heading = (c, _) => HouseholdPerson(c) is var p && c.IsReporter(p)
                ? c.T["Are there other children in your household?"]
                : c.T["Are there other children in {0}'s household?", c.PersonName(HouseholdPerson(c))],
            Hint = (c, _) => c.T["Children who are not already part of this report."],
            Options = (c, _) => JourneyText.YesNoDontKnow(c),
            Error = (c, _) => c.T["Select whether there are other children in the household"],
        },
        new DescriptionStep(),
        new RadioStep("give-your-name")
        {
            Shown = (c, _) => c.Answers.MayBeAnonymous,
            Get = (c, _) => c.Answers.GiveName,
            Set = (c, _, v) => c.Answers.GiveName = v,
            Heading = (c, _) => c.T["Do you want to give your name?"],
            Options = (c, _) =>
            [
                new("yes", c.T["Yes"]),
                new("no", c.T["No, I want to stay anonymous"], c.T["We will not be able to tell you what happens next. We respect anonymity, but a court can occasionally order us to say who made a report."]),
            ],
            Error = (c, _) => c.T["Select yes if you want to give your name"],
        },
        new DetailsStep(),
        new OtherCouncilStep(),
        new InfoStep("fgm-duty", "_FgmDuty")
        {
            Shown = c => c.ProvisionalDecision?.Duties.Contains(Duty.FgmMandatoryReport) == true,
            Seen = a => a.FgmDutySeen,
            Acknowledge = a => a.FgmDutySeen = true,
            Heading = c => c.T["You must also report this to the police"],
        },
    ];

    public static IEnumerable<JourneyStep> All => Before.Concat(PerPerson).Concat(Harm).Concat(After);

    /// <summary>The pages that apply to these answers, in order, each with its person (-1 for report-level pages).</summary>
    public static IEnumerable<(JourneyStep Step, int Person)> Path(StepContext context)
    {
        foreach (var step in Before.Where(s => s.IsShown(context, -1)))
        {
            yield return (step, -1);
        }

        for (var person = 0; person < context.Answers.People.Count; person++)
        {
            foreach (var step in PerPerson.Where(s => s.IsShown(context, person)))
            {
                yield return (step, person);
            }
        }

        foreach (var step in Harm.Concat(After).Where(s => s.IsShown(context, -1)))
        {
            yield return (step, -1);
        }
    }

    /// <summary>The first page on the path still to be answered, or null when every page is answered.</summary>
    public static (JourneyStep Step, int Person)? FirstUnanswered(StepContext context)
    {
        foreach (var (step, person) in Path(context))
        {
            if (!step.IsAnswered(context, person))
            {
                return (step, person);
            }
        }

        return null;
    }

    public static JourneyStep? Find(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The person other-children asks about: the first with domestic abuse or FGM ticked, else the first (R15).</summary>
    private static int HouseholdPerson(StepContext c)
    {
        var index = c.Answers.People.FindIndex(p => p.Categories?.Any(v => v is "domesticAbuse" or "fgm") == true);
        return index < 0 ? 0 : index;
    }

    private static RadioStep YesNoDontKnow(
        string slug, Func<StepContext, int, bool> shown, Func<PersonAnswers, string?> get, Action<PersonAnswers, string> set, Func<StepContext, int, string> heading) => new(slug)
        {
            PerPersonStep = true,
            Shown = shown,
            Get = (c, p) => get(c.Answers.People[p]),
            Set = (c, p, v) => set(c.Answers.People[p], v),
            Heading = heading,
            Options = (c, _) => JourneyText.YesNoDontKnow(c),
            Error = (c, _) => c.T["Select yes, no or I don't know"],
        };

    private static RadioStep HarmerQuestion(
        string slug, Func<HarmerAnswers, string?> get, Action<HarmerAnswers, string> set, Func<StepContext, string> heading, Func<StepContext, string?> hint) => new(slug)
        {
            Shown = (c, _) => c.Answers.Harmer.IsSomeone,
            Get = (c, _) => get(c.Answers.Harmer),
            Set = (c, _, v) => set(c.Answers.Harmer, v),
            Heading = (c, _) => heading(c),
            Hint = (c, _) => hint(c),
            Options = (c, _) => JourneyText.YesNoDontKnow(c),
            Error = (c, _) => c.T["Select yes, no or I don't know"],
        };
}
