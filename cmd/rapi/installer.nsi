; Rapi's Windows installer, built by `make installer` with NSIS (makensis).
; Per-machine: Program Files, Start menu and desktop shortcuts for all
; users, an uninstaller in Add/Remove Programs.
;
; Office rollout: Rapi-Setup-X.Y.Z.exe /S /DB=\\server\arsip\rapi\rapi.db
; writes rapi.ini beside rapi.exe; rapi.exe and rapictl.exe open that
; database when neither --db nor RAPI_DB is given (storage.InstalledDBPath).
;
; makensis -DVERSION=0.1.0 -DBUILDNO=1 -DSRC=build -DOUTFILE=... installer.nsi

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "give -DVERSION=x.y.z"
!endif
!ifndef BUILDNO
  !define BUILDNO 0
!endif
!ifndef SRC
  !define SRC "..\..\build"
!endif
!ifndef OUTFILE
  !define OUTFILE "Rapi-Setup-${VERSION}.exe"
!endif

!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Rapi"

Name "Rapi ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Rapi"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.${BUILDNO}"
VIAddVersionKey /LANG=0 "ProductName" "Rapi"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}.${BUILDNO}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}.${BUILDNO}"
VIAddVersionKey /LANG=0 "FileDescription" "Rapi installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License"

!define MUI_ICON "..\..\assets\icon.ico"
!define MUI_UNICON "..\..\assets\icon.ico"
!insertmacro MUI_PAGE_LICENSE "..\..\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; Indonesian first: the clerks' language; English for the IT staff.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

Var DBPATH

Function .onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DB=" $DBPATH
  ${If} ${Errors}
    StrCpy $DBPATH ""
  ${EndIf}
FunctionEnd

Section "Rapi" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SRC}\rapi.exe"
  File "${SRC}\rapictl.exe"
  File "/oname=LICENSE.txt" "..\..\LICENSE"
  ; Only a rollout that names the database writes rapi.ini; a plain
  ; reinstall keeps the one already there.
  ${If} $DBPATH != ""
    Delete "$INSTDIR\rapi.ini"
    FileOpen $1 "$INSTDIR\rapi.ini" w
    FileWriteUTF16LE /BOM $1 "[rapi]$\r$\n"
    FileWriteUTF16LE $1 "db=$DBPATH$\r$\n"
    FileClose $1
  ${EndIf}
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Rapi"
  CreateShortcut "$SMPROGRAMS\Rapi\Rapi.lnk" "$INSTDIR\rapi.exe"
  CreateShortcut "$SMPROGRAMS\Rapi\Uninstall Rapi.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\Rapi.lnk" "$INSTDIR\rapi.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "Rapi"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "Rapi"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\rapi.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
FunctionEnd

; The uninstaller removes the program only: the database lives on the
; share (or in the clerk's profile) and is never touched.
Section "Uninstall"
  Delete "$INSTDIR\rapi.exe"
  Delete "$INSTDIR\rapictl.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\rapi.ini"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Rapi\Rapi.lnk"
  Delete "$SMPROGRAMS\Rapi\Uninstall Rapi.lnk"
  RMDir "$SMPROGRAMS\Rapi"
  Delete "$DESKTOP\Rapi.lnk"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
