using System.Diagnostics;

namespace CsEtiquette.Tests.Insights;

/// <summary>
/// Finds Debian's <c>chromium</c>, installing it with apt-get when missing (as root, or with passwordless sudo).
/// Tests marked <see cref="ChromiumFactAttribute"/> are skipped, with the reason, only when it cannot be installed.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly Lazy<(string? Path, string Problem)> Located = new(Locate);

    public static string? Path => Located.Value.Path;

    public static string Problem => Located.Value.Problem;

    private static (string?, string) Locate()
    {
        if (Find() is { } found)
        {
            return (found, string.Empty);
        }

        var root = Environment.UserName == "root";
        var log = Run(root ? "apt-get" : "sudo", (root ? string.Empty : "-n apt-get ") + "update -qq", 600) + "\n"
            + Run(root ? "apt-get" : "sudo", (root ? string.Empty : "-n apt-get ") + "install -y -qq chromium", 900);
        return Find() is { } installed
            ? (installed, string.Empty)
            : (null, "chromium is not installed and `apt-get install chromium` failed: " + log.Trim());
    }

    private static string? Find()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Run(string file, string args, int timeoutSeconds)
    {
        try
        {
            var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(timeoutSeconds * 1000))
            {
                p.Kill(entireProcessTree: true);
                return $"{file} timed out";
            }

            return $"{file} exit {p.ExitCode}: {err.Result}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"{file}: {ex.Message}";
        }
    }

    /// <summary>Loads <paramref name="htmlPath"/> at phone size and returns the DOM after scripts ran, and chromium's log.</summary>
    public static (string Dom, string Log) DumpDom(string htmlPath, int width = 390, int height = 844)
    {
        var profile = Directory.CreateTempSubdirectory("cse-chromium-").FullName;
        try
        {
            var psi = new ProcessStartInfo(Path!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                $"--window-size={width},{height}", "--dump-dom", new Uri(htmlPath).AbsoluteUri,
            })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(90_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // chromium may still hold a lock file for a moment; the temp dir is cleaned by the OS.
            }
        }
    }
}

/// <summary>A fact that needs headless Chromium; skipped with the reason only when it cannot be installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Path is null)
        {
            Skip = HeadlessChromium.Problem;
        }
    }
}
