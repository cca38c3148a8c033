namespace LaserGrains.Grains.Interfaces.Files;

/// <summary>Soft delete hides a file and keeps it restorable; hard delete removes it and, when unshared, its bytes.</summary>
public enum DeleteMode
{
    Soft = 0,
    Hard = 1,
}
