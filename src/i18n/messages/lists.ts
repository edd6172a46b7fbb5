/**
 * Messages of reading a methodologist's own target-indicator list or plan from a sheet
 * (src/import/userList*.ts, src/app/userLists.ts). Each is shown after the place: «file», лист «…», cell.
 * Russian first; the English table must have every key.
 */
export const ru = {
  "lists.targets.notFound":
    "не найдена таблица целевых показателей: не найден столбец «Наименование показателя» (ищутся заголовки «Наименование показателя», «Показатель», «Индикатор» рядом со столбцами «Единица измерения», «Базовое значение», «Планируемое значение» или годами)",
  "lists.targets.noValues":
    "найден столбец «{header}», но рядом нет столбцов «Единица измерения», «Базовое значение», «Планируемое значение», «Фактическое значение» или столбцов по годам",
  "lists.targets.empty": "в таблице {range} нет ни одного показателя",
  "lists.plan.notFound":
    "не найден план мероприятий: не найден столбец «Мероприятие» (ищутся заголовки «Мероприятие», «Наименование мероприятия», «Содержание» рядом со столбцами «Ответственный», «Срок», «Результат»)",
  "lists.plan.noColumns": "найден столбец «{header}», но рядом нет столбцов «Ответственный», «Срок», «Результат», «Форма представления» или «Этап»",
  "lists.plan.empty": "в таблице {range} нет ни одного мероприятия",
  "lists.file.noTargets": "В файле «{file}» ни на одном листе не найдена таблица целевых показателей. {reasons}",
  "lists.file.noPlan": "В файле «{file}» ни на одном листе не найден план мероприятий. {reasons}",

  "lists.column.extra": "столбец «{header}» повторяет столбец «{other}» и не прочитан",
  "lists.row.noTitle": "строка со значениями, но без наименования показателя, пропущена",
  "lists.match.ambiguous": "показатель «{title}» похож на несколько показателей каталога (ближе всех — «{candidate}»); оставлен как собственный показатель списка",
  "lists.direction.assumed":
    "не удалось определить, должен ли показатель «{title}» расти или снижаться (его нет в каталоге, а базовое и плановое значения совпадают или не заданы); принято «рост», исправьте на листе при необходимости",
  "lists.direction.conflictUp": "по каталогу показатель «{title}» должен расти, а плановое значение ниже базового; направление взято из каталога (рост)",
  "lists.direction.conflictDown": "по каталогу показатель «{title}» должен снижаться, а плановое значение выше базового; направление взято из каталога (снижение)",
  "lists.plan.undated": "плановые значения столбца «{header}» записаны без года: {count} шт. отнесены к {year} году (последний год программы)",

  "lists.value.notNumber": "«{value}» — не число; значение показателя «{title}» оставлено пустым",
  "lists.value.shareOutOfRange": "«{value}» — доля меньше 0% или больше 100%; значение показателя «{title}» оставлено пустым",
  "lists.value.percentRead": "значения {values} показателя «{title}» записаны в процентах без знака %: прочитаны как {shares}",
  "lists.value.fractionsRead": "значения {values} показателя «{title}» (единица — процент) не больше 1 и прочитаны как доли: {shares}. Если это проценты, допишите знак %",
  "lists.value.percentInUnit": "«{value}» записано со знаком %, а единица показателя «{title}» — «{unit}»; прочитано как {share}",
  "lists.unit.unknown": "единица измерения «{text}» не распознана; для показателя «{title}» взята единица «{unit}»",
  "lists.baseYear.bad": "«{value}» — не год; базовый год показателя «{title}» не указан",

  "lists.plan.noTitle": "строка без наименования мероприятия пропущена",
  "lists.plan.continued": "строка без наименования и номера — продолжение мероприятия «{title}»: её текст добавлен к нему",
  "lists.deadline.unreadable":
    "сроки не распознаны ({count}), например «{example}»: они сохранены как написаны, но на временной шкале их не будет. Запишите их как «сентябрь – октябрь 2020», «до 2021 года», «18.05–23.06.2020»",
};

export const en: Record<keyof typeof ru, string> = {
  "lists.targets.notFound":
    "no target-indicator table found: no “Indicator name” column (looked for headers “Наименование показателя”, “Показатель”, “Индикатор” next to “Unit”, “Base value”, “Planned value” columns or years)",
  "lists.targets.noValues": "found the column “{header}”, but no “Unit”, “Base value”, “Planned value”, “Actual value” or year columns next to it",
  "lists.targets.empty": "the table {range} has no indicators",
  "lists.plan.notFound":
    "no plan of measures found: no “Measure” column (looked for headers “Мероприятие”, “Наименование мероприятия”, “Содержание” next to “Responsible”, “Deadline”, “Result” columns)",
  "lists.plan.noColumns": "found the column “{header}”, but no “Responsible”, “Deadline”, “Result”, “Report format” or “Stage” columns next to it",
  "lists.plan.empty": "the table {range} has no measures",
  "lists.file.noTargets": "No sheet of “{file}” holds a target-indicator table. {reasons}",
  "lists.file.noPlan": "No sheet of “{file}” holds a plan of measures. {reasons}",

  "lists.column.extra": "column “{header}” repeats column “{other}” and was not read",
  "lists.row.noTitle": "a row with values but no indicator name was skipped",
  "lists.match.ambiguous": "indicator “{title}” resembles several catalogue indicators (closest: “{candidate}”); kept as the list's own indicator",
  "lists.direction.assumed":
    "could not tell whether indicator “{title}” should rise or fall (not in the catalogue; base and planned values are equal or missing); assumed “rise”, correct it on the sheet if needed",
  "lists.direction.conflictUp": "the catalogue says indicator “{title}” should rise, but its planned value is below the base; the catalogue's direction (rise) is used",
  "lists.direction.conflictDown": "the catalogue says indicator “{title}” should fall, but its planned value is above the base; the catalogue's direction (fall) is used",
  "lists.plan.undated": "planned values of column “{header}” have no year: {count} placed under {year} (the program's last year)",

  "lists.value.notNumber": "“{value}” is not a number; the value of indicator “{title}” is left empty",
  "lists.value.shareOutOfRange": "“{value}” is a share below 0% or above 100%; the value of indicator “{title}” is left empty",
  "lists.value.percentRead": "numbers {values} of indicator “{title}” are percent written without a % sign: read as {shares}",
  "lists.value.fractionsRead": "numbers {values} of indicator “{title}” (unit: percent) are at most 1 and were read as fractions: {shares}. If they are percent, add the % sign",
  "lists.value.percentInUnit": "“{value}” is written with a % sign, but the unit of indicator “{title}” is “{unit}”; read as {share}",
  "lists.unit.unknown": "unit “{text}” not recognised; indicator “{title}” gets the unit “{unit}”",
  "lists.baseYear.bad": "“{value}” is not a year; the base year of indicator “{title}” is left empty",

  "lists.plan.noTitle": "a row without a measure name was skipped",
  "lists.plan.continued": "a row without a name or number continues measure “{title}”: its text was added to it",
  "lists.deadline.unreadable":
    "deadlines not recognised ({count}), e.g. “{example}”: kept as written, but they will not be on the timeline. Write them like “сентябрь – октябрь 2020”, “до 2021 года”, “18.05–23.06.2020”",
};
