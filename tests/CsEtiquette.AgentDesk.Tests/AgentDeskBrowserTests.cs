using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using CsEtiquette.Samples.AgentDesk;

namespace CsEtiquette.AgentDesk.Tests;

/// <summary>
/// End to end in a real browser: the desk runs on Kestrel (loopback, free port) and Playwright drives Debian's
/// /usr/bin/chromium (installed by build.sh; never a downloaded browser). A screenshot goes to artifacts/screenshots/
/// (ignored by git).
/// </summary>
public sealed class AgentDeskBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _address;

    public async Task InitializeAsync()
    {
        _app = AgentDeskApp.Build(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        _address = AgentDeskApp.Address(_app);
        Assert.True(File.Exists(Chromium), "Debian's chromium is required at /usr/bin/chromium (./build.sh installs it).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Agent_SeesAnalysisAndSuggestion_LintsAsTheyType_AndRewritesInOneClick()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(_address!, "/?c=e2e-1").ToString());

        // A customer message: its analysis chips and a suggested reply.
        await page.FillAsync("#customer-input", "我收到的保温杯是坏的,太让人生气了!");
        await page.ClickAsync("#customer-send");
        var message = page.Locator("#messages .customer-message").First;
        await Assertions.Expect(message).ToContainTextAsync("情绪");
        await Assertions.Expect(message.Locator(".complaint")).ToContainTextAsync("EmotionAcknowledged");
        await Assertions.Expect(page.Locator("#suggestion")).ToContainTextAsync("订单号");

        // Lint as you type: the bad phrase is highlighted with its rule.
        await page.Locator("#draft").PressSequentiallyAsync("你等几天吧,我们不能马上解决!!");
        var marks = page.Locator("#highlight mark");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        Assert.True(await marks.CountAsync() >= 1);
        var rule = await marks.First.GetAttributeAsync("data-rule");
        Assert.StartsWith("CSE", rule, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("处需要注意");

        Directory.CreateDirectory(ScreenshotDir());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir(), "agent-desk.png"), FullPage = true });

        // One-click rewrite: the draft is replaced and no longer contains the flagged phrase.
        await page.ClickAsync("#rewrite");
        await Assertions.Expect(page.Locator("#draft")).Not.ToHaveValueAsync("你等几天吧,我们不能马上解决!!");
        var rewritten = await page.InputValueAsync("#draft");
        Assert.DoesNotContain("不能", rewritten, StringComparison.Ordinal);

        // Sending records the agent turn.
        await page.ClickAsync("#send-draft");
        await Assertions.Expect(page.Locator("#turns .turn.Agent").Last).ToContainTextAsync(rewritten[..4]);
    }

    [Fact]
    public async Task Api_UsesStringEnums()
    {
        using var http = new HttpClient { BaseAddress = _address };
        using var content = new StringContent("{\"text\":\"你等几天吧!!\"}", System.Text.Encoding.UTF8, "application/json");
        var json = await (await http.PostAsync("/api/conversations/enum-1/check", content)).Content.ReadAsStringAsync();
        Assert.Contains("\"severity\":\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"severity\":1", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ExitsZero()
    {
        var output = new StringWriter();
        Assert.Equal(0, await AgentDeskApp.DemoAsync(output));
        Assert.Contains("page: OK", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("改写> ", output.ToString(), StringComparison.Ordinal);
    }

    private static string ScreenshotDir()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "CsEtiquette.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return Path.Combine(dir ?? AppContext.BaseDirectory, "artifacts", "screenshots");
    }
}
