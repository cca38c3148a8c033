namespace LaserGrains.Shared.Library;

/// <summary>One folder of the organised library: its sub-folders and the files filed directly in it.</summary>
public sealed record LibraryFolder(string Path, IReadOnlyList<LibrarySubfolder> Folders, IReadOnlyList<LibraryEntry> Files, bool Truncated);

/// <summary>A folder inside a listed folder.</summary>
public sealed record LibrarySubfolder(string Name, string Path);

/// <summary>A file of the library: its stored name, the file it belongs to and its bytes' address.</summary>
public sealed record LibraryEntry(string Name, string Path, long IngestId, long Size, string Sha256, DateTimeOffset UpdatedAt);
