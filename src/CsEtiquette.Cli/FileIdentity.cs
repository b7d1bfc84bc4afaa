using System.Runtime.InteropServices;

namespace CsEtiquette.Cli;

/// <summary>
/// Whether two paths name the same file: on Linux by device and inode (<c>stat(2)</c>, which follows symbolic links
/// and sees hard links, so <c>ln log.jsonl out.json</c> is caught); elsewhere, or when a path does not exist yet, by
/// the full path with symbolic links resolved (case-folded on Windows/macOS).
/// </summary>
internal static partial class FileIdentity
{
    // struct stat on 64-bit Linux (x86_64 and the generic layout of arm64 alike): st_dev at 0, st_ino at 8.
    private const int StatBufferSize = 256;

    /// <summary>A comparable identity of <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        if (OperatingSystem.IsLinux() && Environment.Is64BitProcess && TryInode(path, out var dev, out var ino))
        {
            return $"inode:{dev}:{ino}";
        }

        return ResolvedPath(path);
    }

    private static unsafe bool TryInode(string path, out ulong dev, out ulong ino)
    {
        dev = ino = 0;
        var buffer = stackalloc byte[StatBufferSize];
        try
        {
            if (Stat(path, buffer) != 0)
            {
                return false; // missing (an output not written yet) or unreadable: compare by path
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        dev = *(ulong*)buffer;
        ino = *(ulong*)(buffer + 8);
        return true;
    }

    private static string ResolvedPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                full = Path.GetFullPath(target.FullName);
            }

            var dir = Path.GetDirectoryName(full);
            if (dir is not null && new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true) is { } dirTarget)
            {
                full = Path.Combine(dirTarget.FullName, Path.GetFileName(full));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unresolvable link compares by its own path.
        }

        return OperatingSystem.IsLinux() ? full : full.ToUpperInvariant();
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* buffer);
}
