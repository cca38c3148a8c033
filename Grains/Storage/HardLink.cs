using System.Runtime.InteropServices;

namespace LaserGrains.Grains.Storage;

/// <summary>POSIX link(2): a second name for the same bytes, so the library costs no extra space.</summary>
internal static partial class HardLink
{
    /// <summary>True when the link was made; false where the platform or file system cannot (the caller copies instead).</summary>
    public static bool TryCreate(string existing, string link)
    {
        if (OperatingSystem.IsWindows()) return false;
        return Link(existing, link) == 0;
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
