; Inno Setup 6 script: Windows installer for the PyInstaller one-folder bundle.
;
;   python packaging\build.py --installer
; or, after building the bundle into packaging\dist\resolution-compare:
;   iscc /DAppVersion=0.1.0 packaging\windows\resolution-compare.iss
;
; Output: packaging\dist\resolution-compare-<version>-setup.exe
; Installs per user by default (no admin rights needed; the setup offers "all users" too).
; File associations only ADD a "Compare with Resolution Compare" entry to the right-click menu
; of .pdf, .docx and .txt files and list the app under "Open with"; they never change which
; program opens those files by default.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=0.1.0 resolution-compare.iss
#endif
#define AppName "Resolution Compare"
#define AppExe "resolution-compare-gui.exe"
; build.py passes absolute paths; these defaults fit its default output folder.
#ifndef Bundle
  #define Bundle "..\dist\resolution-compare"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define VerbKey "ResolutionCompare.Compare"

[Setup]
; Never change AppId: upgrades and uninstall find the installation by it.
AppId={{6B1E5C2A-3F7D-4C8E-9A51-2D0F7B9C4E13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Resolution Compare team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\icons\resolution-compare.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#OutputDir}
OutputBaseFilename=resolution-compare-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
english.CompareWith=Compare with Resolution Compare
french.CompareWith=Comparer avec Resolution Compare
spanish.CompareWith=Comparar con Resolution Compare
russian.CompareWith=Сравнить в Resolution Compare
english.AssocTask=Add "Compare with Resolution Compare" to the menu of .pdf, .docx and .txt files
french.AssocTask=Ajouter « Comparer avec Resolution Compare » au menu des fichiers .pdf, .docx et .txt
spanish.AssocTask=Añadir «Comparar con Resolution Compare» al menú de los archivos .pdf, .docx y .txt
russian.AssocTask=Добавить «Сравнить в Resolution Compare» в меню файлов .pdf, .docx и .txt

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "compareverb"; Description: "{cm:AssocTask}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Compare with…" verb on each type, through SystemFileAssociations: it applies whatever program
; is the default for the extension, and leaves that default alone.
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\{#VerbKey}"; ValueType: string; ValueName: ""; ValueData: "{cm:CompareWith}"; Flags: uninsdeletekey; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\{#VerbKey}"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\{#VerbKey}\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.docx\shell\{#VerbKey}"; ValueType: string; ValueName: ""; ValueData: "{cm:CompareWith}"; Flags: uninsdeletekey; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.docx\shell\{#VerbKey}"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.docx\shell\{#VerbKey}\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.txt\shell\{#VerbKey}"; ValueType: string; ValueName: ""; ValueData: "{cm:CompareWith}"; Flags: uninsdeletekey; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.txt\shell\{#VerbKey}"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"; Tasks: compareverb
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.txt\shell\{#VerbKey}\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: compareverb
; "Open with" list entry (not a default): the app registers the types it can read.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
