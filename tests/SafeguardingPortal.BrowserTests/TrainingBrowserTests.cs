using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// A staff member completes Level 1 with the keyboard only: every chapter, a failed check, a passed one with a
/// different draw, the certificate downloaded as a PDF Chromium rendered, its public check; axe on each page type; and three years on, the reminders each sent once and the check saying expired.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class TrainingBrowserTests(BrowserFixture browser)
{
    private const string Essentials = "safeguarding-essentials";

    private Course Course => browser.Portal.Services.GetRequiredService<ContentStore>().Current.FindCourse(Essentials)!;

    [Fact]
    public async Task A_staff_member_completes_level_1_with_the_keyboard_fails_then_passes_and_downloads_the_certificate()
    {
        var learner = await TestUsers.CreateAsync(browser.Portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestSignIn.Header] = learner.Id.ToString() });

        await page.GotoAsync("/training");
        await Accessibility.AssertNoViolationsAsync(page);
        await TabToAsync(page, "el.hasAttribute('data-continue')");
        await page.Keyboard.PressAsync("Enter");
        foreach (var chapter in Course.Chapters)
        {
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, $"/training/{Essentials}/{chapter.Slug}").AbsoluteUri);

            // The address changes when the new page is committed; keys pressed before it has loaded would go to the old one.
            await page.WaitForLoadStateAsync(LoadState.Load);
            if (chapter == Course.Chapters[0])
            {
                await Accessibility.AssertNoViolationsAsync(page);
            }

            await TabToAsync(page, "el.tagName === 'BUTTON' && el.type === 'submit' && el.closest('main') !== null");
            await page.Keyboard.PressAsync("Enter");
        }

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, $"/training/{Essentials}/check").AbsoluteUri);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Knowledge check");
        await Accessibility.AssertNoViolationsAsync(page);
        var first = await AnswerByKeyboardAsync(page, right: 6);
        await Assertions.Expect(page.Locator("#score")).ToHaveTextAsync("60%");
        await Accessibility.AssertNoViolationsAsync(page);

        await TabToAsync(page, "el.id === 'try-again'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Knowledge check");
        var second = await AnswerByKeyboardAsync(page, right: 10);
        Assert.Empty(second.Intersect(first));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You passed");
        await Accessibility.AssertNoViolationsAsync(page);

        await TabToAsync(page, "el.id === 'certificate-link'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#holder")).ToHaveTextAsync(learner.DisplayName);
        await Accessibility.AssertNoViolationsAsync(page);
        var code = await page.Locator("#code").TextContentAsync();

        // The browser's download request does not carry the test sign-in header, so the link is followed with it here.
        var pdfLink = await page.Locator("#download").GetAttributeAsync("href");
        using var client = browser.CreateHttpClient();
        client.DefaultRequestHeaders.Add(TestSignIn.Header, learner.Id.ToString());
        using var pdf = await client.GetAsync(new Uri(pdfLink!, UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = await PdfTools.TextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(learner.DisplayName, text, StringComparison.Ordinal);
        Assert.Contains(code!, text, StringComparison.Ordinal);
        Assert.Contains("020 7332 1224", text, StringComparison.Ordinal);

        var anonymous = await browser.NewPageAsync();
        await anonymous.GotoAsync($"/verify/{code}");
        await Assertions.Expect(anonymous.Locator("#state")).ToHaveTextAsync("Valid");
        await Accessibility.AssertNoViolationsAsync(anonymous);

        // Three years on: every reminder day passes with the job run twice a day, then the public check says expired.
        var passedAt = browser.Portal.Time.Now;
        try
        {
            var due = passedAt.AddYears(3);
            foreach (var day in new[] { due.AddDays(-61), due.AddDays(-60), due.AddDays(-30), due.AddDays(-1), due, due.AddDays(14), due.AddDays(60) })
            {
                browser.Portal.Time.Now = day;
                await RemindAndSendTwiceAsync();
            }

            await anonymous.ReloadAsync();
            await Assertions.Expect(anonymous.Locator("#state")).ToHaveTextAsync("Expired");
            var subjects = SentTo(learner.Email!);
            Assert.Equal(4, subjects.Count);
            Assert.Equal(2, subjects.Count(s => s.Contains("due for a refresher on", StringComparison.Ordinal)));
            Assert.Single(subjects, s => s.EndsWith("due for a refresher today", StringComparison.Ordinal));
            Assert.Single(subjects, s => s.EndsWith("has expired", StringComparison.Ordinal));
        }
        finally
        {
            browser.Portal.Time.Now = passedAt;
        }
    }

    /// <summary>The reminder job and then the outbox, twice, as two overlapping days of the background services would.</summary>
    private async Task RemindAndSendTwiceAsync()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = browser.Portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RefresherReminders>().RunAsync(CancellationToken.None);
            await browser.Portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        }
    }

    /// <summary>The subjects of the emails delivered to <paramref name="email"/> (the test portal writes each as an .eml file).</summary>
    private List<string> SentTo(string email) =>
    [
        .. Directory.EnumerateFiles(browser.Portal.OutboxFolder, "*.eml")
            .Select(File.ReadAllLines)
            .Where(lines => lines.Contains($"To: {email}"))
            .Select(lines => lines.First(l => l.StartsWith("Subject: ", StringComparison.Ordinal))["Subject: ".Length..]),
    ];

    /// <summary>Answers the check on the page with the keyboard: the first <paramref name="right"/> questions right, the rest wrong.</summary>
    /// <returns>The ids of the questions drawn.</returns>
    private async Task<IReadOnlyList<string>> AnswerByKeyboardAsync(IPage page, int right)
    {
        var names = (await page.Locator("main fieldset input").EvaluateAllAsync<string[]>("inputs => [...new Set(inputs.map(i => i.name))]")).ToList();
        Assert.Equal(10, names.Count);
        foreach (var (name, index) in names.Select((n, i) => (n, i)))
        {
            var question = Course.Questions.Single(q => CheckModel.FieldName(q) == name);
            int[] chosen = index < right
                ? [.. question.CorrectOptions.Order()]
                : [Enumerable.Range(0, question.Options.Count).First(i => !question.CorrectOptions.Contains(i))];
            if (question.Kind == QuestionKind.SeveralAnswers)
            {
                foreach (var option in chosen)
                {
                    await TabToAsync(page, $"el.id === '{name}-{option}'");
                    await page.Keyboard.PressAsync("Space");
                }
            }
            else
            {
                // Tab enters a radio group at its first option; the arrow keys move down it and select.
                await TabToAsync(page, $"el.id === '{name}-0'");
                await page.Keyboard.PressAsync(chosen[0] == 0 ? "Space" : "ArrowDown");
                for (var step = 1; step < chosen[0]; step++)
                {
                    await page.Keyboard.PressAsync("ArrowDown");
                }
            }

            await Assertions.Expect(page.Locator($"#{name}-{chosen[0]}")).ToBeCheckedAsync();
        }

        await TabToAsync(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Submit answers'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#score")).ToBeVisibleAsync();
        return [.. names.Select(n => n["answer-".Length..])];
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="condition"/> (JavaScript about <c>el</c>).</summary>
    private static async Task TabToAsync(IPage page, string condition)
    {
        for (var presses = 0; presses < 300; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"(() => {{ const el = document.activeElement; return !!el && ({condition}); }})()"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached an element where {condition}");
    }
}
