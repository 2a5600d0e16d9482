@echo off
rem Starts Verbinder (target\verbinder.jar) with Java 25: the one in JAVA_HOME, or else a
rem java on the PATH when that one is 25 or newer. Arguments go to Verbinder: verbinder --help
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\verbinder.jar"
set "NEEDED=25"
set "JAVA="

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :check "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :check "%%~$PATH:J"
if not defined JAVA (
  echo Verbinder heeft Java %NEEDED% of nieuwer nodig. Zet JAVA_HOME op een JDK %NEEDED% ^(bijvoorbeeld Temurin %NEEDED%^). 1>&2
  echo Verbinder needs Java %NEEDED% or newer. Point JAVA_HOME at a JDK %NEEDED%. 1>&2
  exit /b 1
)
if not exist "%JAR%" (
  echo %JAR% ontbreekt; bouw het eerst met: mvnw.cmd -B -DskipTests package 1>&2
  exit /b 1
)
set "VERBINDER_COMMAND=%~nx0"
"%JAVA%" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:check
rem Takes this java when its feature version (25 of "25.0.1") is at least NEEDED.
set "VERSION="
set "MAJOR=0"
for /f "tokens=3" %%v in ('"%~1" -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined VERSION set "VERSION=%%~v"
if not defined VERSION exit /b 0
for /f "delims=.-+" %%m in ("%VERSION%") do set "MAJOR=%%m"
if %MAJOR% GEQ %NEEDED% set "JAVA=%~1"
exit /b 0
